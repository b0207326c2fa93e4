import { assertContractRunning, canOnContract, changeRequestLifecycle, isContractOfficer, type ChangeRequestKind, type ChangeRequestStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { changeRequestRepository } from '../../repositories/change-request.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { audit, authorise, notFound, notify, type UseCaseContext } from '../use-case-context.ts';
import { changeEffectOf, type ChangeEffect } from './change-request-details.ts';

/**
 * The programme owner approves or rejects a change that needs approval. An approved PI, lead-organisation or
 * indicator change rewrites the contract in the same transaction (indicators: acceptance will judge the new ones).
 */
export async function decideChangeRequest(ctx: UseCaseContext, changeRequestId: string, input: { decision: 'approve' | 'reject'; note: string; version?: number | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const found = await changeRequestRepository.findById(trx, changeRequestId);
    if (!found) throw notFound('change_request', changeRequestId);
    const { contract, subject } = await loadContractRow(trx, found.contract_id, true);
    if (!canOnContract(ctx.actor, 'view', subject)) throw notFound('change_request', changeRequestId);
    authorise(isContractOfficer(ctx.actor, subject), 'change_request.decide');
    const request = await changeRequestRepository.findByIdForUpdate(trx, changeRequestId);
    if (!request) throw notFound('change_request', changeRequestId);
    changeRequestLifecycle.transition(request.status as ChangeRequestStatus, input.decision);
    let effect: ChangeEffect = null;
    if (input.decision === 'approve') {
      assertContractRunning(subject, 'change_request.contract_not_active');
      effect = await changeEffectOf(trx, contract, request.kind as ChangeRequestKind, request.details as Record<string, unknown>, 'approval');
    }
    await applyTransition(trx, ctx, {
      lifecycle: changeRequestLifecycle,
      table: 'change_request',
      row: request,
      event: input.decision,
      expectedVersion: input.version,
      patch: { decided_by: ctx.actor?.userId ?? null, decided_at: ctx.deps.now(), decision_note: input.note },
      auditPayload: { kind: request.kind, note: input.note },
    });
    if (effect) {
      await updateVersioned(trx, 'contract', contract.id, contract.version, { ...effect, updated_at: ctx.deps.now() });
      await audit(trx, ctx, { tenantId: contract.tenant_id, type: 'contract.change_applied', aggregateType: 'contract', aggregateId: contract.id, payload: { changeRequestId: request.id, kind: request.kind, fields: Object.keys(effect) } });
    }
    await notify(trx, ctx, { tenantId: contract.tenant_id, userId: contract.pi_user_id, kind: `change_request.${input.decision}`, title: input.decision === 'approve' ? '变更申请已批准' : '变更申请未获批准', body: `${request.summary}${input.note ? `：${input.note}` : ''}`, aggregateType: 'change_request', aggregateId: request.id });
    return contract.id;
  });
}
