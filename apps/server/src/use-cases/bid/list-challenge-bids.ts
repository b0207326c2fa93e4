import { canOnBid, isProgrammeOfficer } from '@jiebang/domain';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { bidSubjectOf } from './load-bid.ts';
import { loadChallenge, PUBLIC_CHALLENGE_STATUSES } from './load-challenge.ts';

/** The bids of a challenge the caller may see: officers all of them, a bidder only its own (bidder isolation). */
export async function listChallengeBids(ctx: UseCaseContext, challengeId: string) {
  const actor = requireActor(ctx);
  const { challenge, programmeRef } = await loadChallenge(ctx.deps.db, challengeId);
  if (!isProgrammeOfficer(actor, programmeRef) && !PUBLIC_CHALLENGE_STATUSES.includes(challenge.status)) throw notFound('challenge', challengeId);
  const bids = await bidRepository.listByChallenge(ctx.deps.db, challengeId);
  const members = await bidRepository.membersOfMany(ctx.deps.db, bids.map((bid) => bid.id));
  const visible = [];
  for (const bid of bids) {
    const subject = await bidSubjectOf(ctx.deps.db, actor, bid, members.get(bid.id) ?? [], programmeRef);
    if (canOnBid(actor, 'view', subject)) visible.push(bid);
  }
  return visible;
}
