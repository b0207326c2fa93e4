import { canCreateProgramme, DomainError, POLICY_PRESETS, validateProgrammePolicy, type PolicyPresetId, type ProgrammeMode, type ProgrammePolicy } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { throwIfInvalid } from '../challenge/invalid-fields.ts';
import { audit, authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';

export interface CreateProgrammeInput {
  tenantId?: string | undefined;
  code: string;
  name: string;
  mode: ProgrammeMode;
  year: number;
  regionCode: string | null;
  description: string;
  presetId: PolicyPresetId;
  policy?: ProgrammePolicy | undefined;
}

/** A tenant-wide programme owner opens a programme (draft) from a policy preset, optionally replacing the policy. */
export async function createProgramme(ctx: UseCaseContext, input: CreateProgrammeInput): Promise<string> {
  const actor = requireActor(ctx);
  const tenantId = input.tenantId ?? actor.tenantId;
  authorise(canCreateProgramme(actor, tenantId), 'programme.create');
  const policy = input.policy ?? structuredClone(POLICY_PRESETS[input.presetId].policy);
  throwIfInvalid(validateProgrammePolicy(policy), 'body.policy.');
  return inTransaction(ctx.deps, async (trx) => {
    if (await programmeRepository.findByCode(trx, tenantId, input.code)) {
      throw new DomainError('DUPLICATE', `Programme code ${input.code} is already used in this tenant`, { rule: 'programme.duplicate_code', issues: [{ path: 'body.code', message: 'is already used in this tenant' }] });
    }
    const id = ctx.deps.newId();
    const now = ctx.deps.now();
    await trx
      .insertInto('programme')
      .values({
        id,
        tenant_id: tenantId,
        code: input.code,
        name: input.name,
        mode: input.mode,
        description: input.description,
        year: input.year,
        region_code: input.regionCode,
        policy_preset: input.presetId,
        policy: JSON.stringify(policy),
        status: 'draft',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, ctx, { tenantId, type: 'programme.created', aggregateType: 'programme', aggregateId: id, payload: { code: input.code, name: input.name, presetId: input.presetId, policy } });
    return id;
  });
}
