import { assertOutcomeRecordable, DEFENCE_OUTCOME_EVENTS, defenceSlotLifecycle, type DefenceOutcome } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { assertSlotTextNamesNoBidder } from './blind-slot-text.ts';
import { notifyBidOfSlot } from './defence-notices.ts';
import { loadDefenceSlotFor } from './load-defence-slot.ts';

/**
 * An officer records how a defence went: held (已答辩), the bidder absent (缺席) — both once its time came — or
 * cancelled (取消), with a note — in a blind programme one naming nobody of any bid of the challenge. A cancellation is
 * told to the bidder.
 */
export async function recordDefenceOutcome(ctx: UseCaseContext, slotId: string, input: { version?: number | undefined; outcome: DefenceOutcome; note: string }): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { challenge, slot, policy } = await loadDefenceSlotFor(trx, ctx, slotId);
    assertOutcomeRecordable(input.outcome, slot.starts_at, ctx.deps.now());
    const bid = await bidRepository.findById(trx, slot.bid_id);
    await assertSlotTextNamesNoBidder(trx, policy.review.blindReview === true, challenge.id, [{ path: 'body.note', text: input.note }]);
    await applyTransition(trx, ctx, {
      lifecycle: defenceSlotLifecycle,
      table: 'defence_slot',
      row: slot,
      event: DEFENCE_OUTCOME_EVENTS[input.outcome],
      expectedVersion: input.version,
      patch: { note: input.note },
      auditPayload: { bidId: slot.bid_id, note: input.note },
    });
    if (input.outcome === 'cancelled') await notifyBidOfSlot(trx, ctx, slot.tenant_id, bid, { kind: 'defence_slot.cancel', note: input.note });
  });
}
