import { assertContractRunning, changeRequestNeedsApproval, type ChangeRequestKind } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { loadContractFor } from '../contract/load-contract.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { changeEffectOf } from './change-request-details.ts';

/**
 * 科研自主权: the PI files a change. Route and team changes (and budget changes under 包干制) are only filed
 * (备案) and take effect at once; goal indicators, PI, lead organisation and extensions wait for approval.
 */
export async function fileChangeRequest(ctx: UseCaseContext, contractId: string, input: { kind: ChangeRequestKind; summary: string; details: Record<string, unknown> }): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { contract, subject } = await loadContractFor(trx, ctx, contractId, 'file_change_request', true);
    assertContractRunning(subject, 'change_request.contract_not_active');
    await changeEffectOf(trx, contract, input.kind, input.details, 'filing');
    const needsApproval = changeRequestNeedsApproval(input.kind, subject.lumpSumBudget);
    const status = needsApproval ? 'pending_approval' : 'filed';
    const id = ctx.deps.newId();
    await trx
      .insertInto('change_request')
      .values({ id, tenant_id: contract.tenant_id, contract_id: contract.id, kind: input.kind, summary: input.summary, details: JSON.stringify(input.details), status, filed_by: actor.userId, filed_at: ctx.deps.now() })
      .execute();
    await audit(trx, ctx, { tenantId: contract.tenant_id, type: 'change_request.filed', aggregateType: 'change_request', aggregateId: id, payload: { contractId: contract.id, kind: input.kind, status, summary: input.summary } });
    return id;
  });
}
