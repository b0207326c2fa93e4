import { allocationIssues, assertIndicators, invalidField, isChallengeEditable, ruleViolation, type AllocationMode, type ChallengeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { challengeColumns, type ChallengeFieldsInput } from './challenge-input.ts';
import { throwIfInvalid } from './invalid-fields.ts';
import { loadChallengeFor } from './load-challenge.ts';

export type UpdateChallengeInput = { [K in keyof ChallengeFieldsInput]?: ChallengeFieldsInput[K] | undefined } & { version?: number | undefined };

/** An officer edits a drafting challenge; allocation terms are re-checked as they will stand after the edit. */
export async function updateChallenge(ctx: UseCaseContext, challengeId: string, input: UpdateChallengeInput): Promise<void> {
  if (input.indicators) assertIndicators(input.indicators, 'body.indicators');
  await inTransaction(ctx.deps, async (trx) => {
    const { challenge, programme } = await loadChallengeFor(trx, ctx, challengeId, 'edit', true);
    if (!isChallengeEditable(challenge.status as ChallengeStatus)) throw ruleViolation('challenge.not_editable', `A ${challenge.status} challenge is no longer edited; return it to drafting first`);
    const allocation = {
      allocationMode: input.allocationMode ?? (challenge.allocation_mode as AllocationMode),
      designatedOrgId: input.designatedOrgId !== undefined ? input.designatedOrgId : challenge.designated_org_id,
      maxWinners: input.maxWinners ?? challenge.max_winners,
    };
    throwIfInvalid(allocationIssues(allocation, programmeRepository.policyOf(programme).selection), 'body.');
    if (input.designatedOrgId && !(await organisationRepository.findById(trx, input.designatedOrgId))) throw invalidField('body.designatedOrgId', 'is not a registered organisation');

    // Only the fields the caller sent become columns (challengeColumns maps camelCase fields to snake_case columns).
    const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== 'version' && value !== undefined)) as Partial<ChallengeFieldsInput>;
    const allColumns = challengeColumns({ ...(given as ChallengeFieldsInput), ...allocation });
    const changed = new Set(Object.keys(given).map((key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)));
    const patch = Object.fromEntries(Object.entries(allColumns).filter(([column]) => changed.has(column)));
    await updateVersioned(trx, 'challenge', challenge.id, input.version ?? challenge.version, { ...patch, updated_at: ctx.deps.now() });
    await audit(trx, ctx, { tenantId: challenge.tenant_id, type: 'challenge.updated', aggregateType: 'challenge', aggregateId: challenge.id, payload: { fields: Object.keys(given) } });
  });
}
