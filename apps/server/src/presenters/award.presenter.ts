import { awardActions, type AwardStatus, type Caller } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { contractRepository } from '../repositories/contract.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';

/**
 * Awards for the programme office and the winner, with the contract negotiated from each (if any) and the one
 * step that starts from an award: opening negotiation (对接洽谈). Later steps belong to the contract.
 */
export async function presentAwards(db: DbOrTx, actor: Caller, awards: readonly Row<'award'>[], programme: { id: string; tenantId: string }) {
  const awardIds = awards.map((award) => award.id);
  const [names, contractIds, trails] = await Promise.all([
    organisationRepository.namesById(db, awards.map((award) => award.lead_org_id)),
    contractRepository.idsByAwardIds(db, awardIds),
    auditRepository.trailsOf(db, 'award', awardIds),
  ]);
  return awards.map((award) => {
    const status = award.status as AwardStatus;
    const contractId = contractIds.get(award.id) ?? null;
    return {
      id: award.id,
      challengeId: award.challenge_id,
      bidId: award.bid_id,
      leadOrgId: award.lead_org_id,
      leadOrgName: names.get(award.lead_org_id) ?? '',
      rank: award.rank,
      status,
      awardedAt: award.awarded_at.toISOString(),
      contractId,
      actions: awardActions(actor, { status, hasContract: contractId !== null, programme }),
      timeline: presentTrail(trails.get(award.id) ?? []),
    };
  });
}
