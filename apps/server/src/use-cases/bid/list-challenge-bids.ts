import { canOnBid, isProgrammeOfficer } from '@jiebang/domain';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { bidSubjectsOf } from './load-bid.ts';
import { loadChallenge, PUBLIC_CHALLENGE_STATUSES } from './load-challenge.ts';

/** The bids of a challenge the caller may see: officers all of them, a bidder only its own (bidder isolation). */
export async function listChallengeBids(ctx: UseCaseContext, challengeId: string) {
  const actor = requireActor(ctx);
  const db = ctx.deps.db;
  const { challenge, programmeRef } = await loadChallenge(db, challengeId);
  if (!isProgrammeOfficer(actor, programmeRef) && !PUBLIC_CHALLENGE_STATUSES.includes(challenge.status)) throw notFound('challenge', challengeId);
  const bids = await bidRepository.listByChallenge(db, challengeId);
  const members = await bidRepository.membersOfMany(db, bids.map((bid) => bid.id));
  const subjects = await bidSubjectsOf(db, actor, bids, members, new Map([[challenge.id, challenge]]), new Map([[programmeRef.id, programmeRef]]), ctx.deps.now());
  return bids.filter((bid) => {
    const subject = subjects.get(bid.id);
    return subject !== undefined && canOnBid(actor, 'view', subject);
  });
}
