import { bidRepository } from '../../repositories/bid.repository.ts';
import { awardRepository } from '../../repositories/award.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge, PUBLIC_CHALLENGE_STATUSES } from '../bid/load-challenge.ts';

/** The public result of a challenge (open data): the awarded units and their ranks, nothing personal. */
export async function listChallengeResults(ctx: UseCaseContext, challengeId: string) {
  const db = ctx.deps.db;
  const { challenge } = await loadChallenge(db, challengeId);
  if (!PUBLIC_CHALLENGE_STATUSES.includes(challenge.status)) throw notFound('challenge', challengeId);
  const awards = (await awardRepository.listByChallenge(db, challenge.id)).filter((award) => award.status !== 'negotiation_failed');
  const [bids, members] = await Promise.all([bidRepository.listByIds(db, awards.map((award) => award.bid_id)), bidRepository.membersOfMany(db, awards.map((award) => award.bid_id))]);
  const names = await organisationRepository.namesById(db, [...awards.map((award) => award.lead_org_id), ...[...members.values()].flat().map((member) => member.organisation_id)]);
  const titles = new Map(bids.map((bid) => [bid.id, bid.title]));
  return {
    challengeId: challenge.id,
    challengeTitle: challenge.title,
    challengeStatus: challenge.status,
    winners: awards.map((award) => ({
      rank: award.rank,
      organisationName: names.get(award.lead_org_id) ?? '',
      memberOrgNames: (members.get(award.bid_id) ?? []).filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? ''),
      bidTitle: titles.get(award.bid_id) ?? '',
      awardedAt: award.awarded_at.toISOString(),
    })),
  };
}
