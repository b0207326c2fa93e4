import { assertOutcomeRecordable, DEFENCE_OUTCOME_EVENTS, defenceSlotLifecycle, type DefenceOutcome } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadDefenceSlotFor } from './load-defence-slot.ts';

/**
 * An officer records how a defence went: held (已答辩), the bidder absent (缺席) — both once its time came — or
 * cancelled (取消), with a note. A cancellation is told to the bidder.
 */
export async function recordDefenceOutcome(ctx: UseCaseContext, slotId: string, input: { version?: number | undefined; outcome: DefenceOutcome; note: string }): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { slot } = await loadDefenceSlotFor(trx, ctx, slotId);
    assertOutcomeRecordable(input.outcome, slot.starts_at, ctx.deps.now());
    await applyTransition(trx, ctx, {
      lifecycle: defenceSlotLifecycle,
      table: 'defence_slot',
      row: slot,
      event: DEFENCE_OUTCOME_EVENTS[input.outcome],
      expectedVersion: input.version,
      patch: { note: input.note },
      auditPayload: { bidId: slot.bid_id, note: input.note },
    });
    if (input.outcome === 'cancelled') {
      const bid = await bidRepository.findById(trx, slot.bid_id);
      if (bid) {
        await notify(trx, ctx, {
          tenantId: slot.tenant_id,
          organisationId: bid.lead_org_id,
          kind: 'defence_slot.cancel',
          title: '答辩取消通知',
          body: `「${bid.title}」的答辩已取消${input.note ? `：${input.note}` : ''}。新的安排将另行通知。`,
          aggregateType: 'bid',
          aggregateId: bid.id,
        });
      }
    }
  });
}
