import { assertDefenceSlotFields, assertFutureStart, assertNoSlotOverlap, invalidField, ruleViolation, type DefenceFormat, type DefenceSlotStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { defenceRepository } from '../../repositories/defence.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { assertSlotTextNamesNoBidder } from './blind-slot-text.ts';
import { notifyBidOfSlot } from './defence-notices.ts';
import { loadDefenceSlotFor } from './load-defence-slot.ts';

export interface UpdateDefenceSlotInput {
  version?: number | undefined;
  startsAt?: string | undefined;
  minutes?: number | undefined;
  format?: DefenceFormat | undefined;
  venue?: string | undefined;
}

const MINUTE_MS = 60_000;

/**
 * An officer moves one scheduled defence (time, length, format, venue), never onto another slot; the bidder is told.
 * In a blind programme a new venue may not name the units or PI of any bid of the challenge: the experts read it.
 */
export async function updateDefenceSlot(ctx: UseCaseContext, slotId: string, input: UpdateDefenceSlotInput): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, challenge, slot, policy } = await loadDefenceSlotFor(trx, ctx, slotId);
    if (slot.status !== 'scheduled') throw ruleViolation('defence.slot_not_scheduled', `The defence is ${slot.status}; only a scheduled one can be moved`);
    if (input.startsAt === undefined && input.minutes === undefined && input.format === undefined && input.venue === undefined) {
      throw invalidField('body', 'change at least one of startsAt, minutes, format, venue');
    }
    const startsAt = input.startsAt !== undefined ? new Date(input.startsAt) : slot.starts_at;
    if (input.startsAt !== undefined) assertFutureStart(startsAt, ctx.deps.now(), 'body.startsAt');
    const minutes = input.minutes ?? Math.round((slot.ends_at.getTime() - slot.starts_at.getTime()) / MINUTE_MS);
    const format = input.format ?? (slot.format as DefenceFormat);
    const venue = input.venue ?? slot.venue;
    assertDefenceSlotFields({ minutes, format, venue }, { minutes: 'body.minutes', venue: 'body.venue' });
    const endsAt = new Date(startsAt.getTime() + minutes * MINUTE_MS);
    const others = await defenceRepository.slotsOfPanel(trx, panel.id);
    assertNoSlotOverlap({ id: slot.id, startsAt, endsAt }, others.map((other) => ({ id: other.id, startsAt: other.starts_at, endsAt: other.ends_at, status: other.status as DefenceSlotStatus })));
    const bid = await bidRepository.findById(trx, slot.bid_id);
    await assertSlotTextNamesNoBidder(trx, policy.review.blindReview === true, challenge.id, [{ path: 'body.venue', text: input.venue }]);

    await updateVersioned(trx, 'defence_slot', slot.id, input.version ?? slot.version, { starts_at: startsAt, ends_at: endsAt, format, venue });
    const shape = (at: Date, until: Date, f: string, v: string) => ({ startsAt: at.toISOString(), endsAt: until.toISOString(), format: f, venue: v });
    await audit(trx, ctx, {
      tenantId: slot.tenant_id,
      type: 'defence_slot.updated',
      aggregateType: 'defence_slot',
      aggregateId: slot.id,
      payload: { before: shape(slot.starts_at, slot.ends_at, slot.format, slot.venue), after: shape(startsAt, endsAt, format, venue) },
    });
    await notifyBidOfSlot(trx, ctx, slot.tenant_id, bid, { kind: 'defence_slot.updated', startsAt, endsAt, format, venue });
  });
}
