import type { AwardStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';

/** An award for the programme office and the winner. Negotiation and contract actions belong to the contract area. */
export async function presentAward(db: DbOrTx, award: Row<'award'>) {
  const [names, trail] = await Promise.all([organisationRepository.namesById(db, [award.lead_org_id]), auditRepository.trailOf(db, 'award', award.id)]);
  return {
    id: award.id,
    challengeId: award.challenge_id,
    bidId: award.bid_id,
    leadOrgId: award.lead_org_id,
    leadOrgName: names.get(award.lead_org_id) ?? '',
    rank: award.rank,
    status: award.status as AwardStatus,
    awardedAt: award.awarded_at.toISOString(),
    actions: [] as string[],
    timeline: presentTrail(trail),
  };
}
