import { integrityRecordsFor, type FailureFinding } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { integrityRepository } from '../../repositories/integrity.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';

export interface IntegrityConsequenceInput {
  tenantId: string;
  finding: FailureFinding;
  leadOrgId: string;
  piUserId: string;
  sourceKind: 'failure_review';
  sourceId: string;
  summary: string;
}

/** Writes, in the caller's transaction, the integrity records a finding calls for (none for a diligent failure). */
export async function recordIntegrityConsequences(trx: Tx, ctx: UseCaseContext, input: IntegrityConsequenceInput): Promise<string[]> {
  const actor = requireActor(ctx);
  const plans = integrityRecordsFor(input.finding, { leadOrgId: input.leadOrgId, piUserId: input.piUserId }, ctx.deps.now());
  const ids: string[] = [];
  for (const plan of plans) {
    const id = ctx.deps.newId();
    await integrityRepository.insert(trx, {
      id,
      tenant_id: input.tenantId,
      organisation_id: plan.subject.kind === 'organisation' ? plan.subject.organisationId : null,
      user_id: plan.subject.kind === 'user' ? plan.subject.userId : null,
      severity: plan.severity,
      source_kind: input.sourceKind,
      source_id: input.sourceId,
      summary: input.summary,
      effective_from: plan.effectiveFrom,
      effective_until: plan.effectiveUntil,
      created_by: actor.userId,
      created_at: ctx.deps.now(),
    });
    await audit(trx, ctx, {
      tenantId: input.tenantId,
      type: 'integrity_record.created',
      aggregateType: 'integrity_record',
      aggregateId: id,
      payload: { subject: plan.subject, severity: plan.severity, effectiveUntil: plan.effectiveUntil.toISOString(), sourceKind: input.sourceKind, sourceId: input.sourceId },
    });
    ids.push(id);
  }
  return ids;
}
