import { awardOutcomeLifecycle, DomainError, type AwardOutcomeEvent, type AwardStatus } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { contractingRepository } from '../../repositories/contracting.repository.ts';
import { audit, notFound, type UseCaseContext } from '../use-case-context.ts';

const AUDIT_TYPES = { contract: 'award.contracted', fail_negotiation: 'award.negotiation_failed' } as const;

/**
 * Moves the award a contract was negotiated from. The award row has no version column, so the update is
 * guarded by the status it was read in (the row is locked first, so the guard never loses a race silently).
 */
export async function settleAward(trx: Tx, ctx: UseCaseContext, awardId: string, event: AwardOutcomeEvent, payload: Record<string, unknown>) {
  const award = await contractingRepository.findAwardForUpdate(trx, awardId);
  if (!award) throw notFound('award', awardId);
  const from = award.status as AwardStatus;
  const to = awardOutcomeLifecycle.transition(from, event);
  const result = await contractingRepository.setAwardStatus(trx, award.id, from, to);
  if (Number(result.numUpdatedRows) !== 1) throw new DomainError('STALE_VERSION', `award ${award.id} changed meanwhile; reload and try again`, { rule: 'award.stale_version' });
  await audit(trx, ctx, { tenantId: award.tenant_id, type: AUDIT_TYPES[event], aggregateType: 'award', aggregateId: award.id, payload: { from, to, ...payload } });
  return award;
}
