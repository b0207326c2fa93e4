import { canOnContract, formatYuan, isContractOfficer, payoutLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { payoutRepository } from '../../repositories/payout.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { authorise, notFound, notify, type UseCaseContext } from '../use-case-context.ts';

/** The officer approves a computed payout, then records it paid; the recipient organisation is told when it is paid. */
export async function advancePayout(ctx: UseCaseContext, payoutId: string, event: 'approve' | 'pay', input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const found = await payoutRepository.findById(trx, payoutId);
    if (!found) throw notFound('payout', payoutId);
    const { subject } = await loadContractRow(trx, found.contract_id, true);
    if (!canOnContract(ctx.actor, 'view', subject)) throw notFound('payout', payoutId);
    authorise(isContractOfficer(ctx.actor, subject), `payout.${event}`);
    const payout = await payoutRepository.findByIdForUpdate(trx, payoutId);
    if (!payout) throw notFound('payout', payoutId);
    const now = ctx.deps.now();
    await applyTransition(trx, ctx, {
      lifecycle: payoutLifecycle,
      table: 'payout',
      row: payout,
      event,
      expectedVersion: input.version,
      patch: event === 'approve' ? { approved_by: ctx.actor?.userId ?? null, approved_at: now } : { paid_at: now },
      auditPayload: { amountFen: payout.amount_fen, recipientOrgId: payout.recipient_org_id },
    });
    if (event === 'pay' && payout.recipient_org_id) {
      await notify(trx, ctx, {
        tenantId: payout.tenant_id,
        organisationId: payout.recipient_org_id,
        kind: 'payout.paid',
        title: '成果兑现资金已拨付',
        body: `金额 ${formatYuan(payout.amount_fen)}`,
        aggregateType: 'payout',
        aggregateId: payout.id,
      });
    }
  });
}
