import { ruleViolation, validateProgrammePolicy, type ProgrammePolicy, type ProgrammeStatus } from '@jiebang/domain';
import { programmeStateAllows } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { throwIfInvalid } from '../challenge/invalid-fields.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { loadProgrammeFor } from './load-programme.ts';

/** An officer replaces the programme's policy; the audit event keeps the policy before and after. */
export async function updateProgrammePolicy(ctx: UseCaseContext, programmeId: string, input: { policy: ProgrammePolicy; version?: number | undefined }): Promise<void> {
  throwIfInvalid(validateProgrammePolicy(input.policy), 'body.');
  await inTransaction(ctx.deps, async (trx) => {
    const programme = await loadProgrammeFor(trx, ctx, programmeId, 'edit_policy', true);
    if (!programmeStateAllows('edit_policy', programme.status as ProgrammeStatus)) {
      throw ruleViolation('programme.closed', 'A closed programme keeps the policy it ran under');
    }
    const before = programmeRepository.policyOf(programme);
    await updateVersioned(trx, 'programme', programme.id, input.version ?? programme.version, { policy: JSON.stringify(input.policy), updated_at: ctx.deps.now() });
    await audit(trx, ctx, { tenantId: programme.tenant_id, type: 'programme.policy_updated', aggregateType: 'programme', aggregateId: programme.id, payload: { before, after: input.policy } });
  });
}
