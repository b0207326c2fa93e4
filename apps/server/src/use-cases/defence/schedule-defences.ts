import { assertDefencesPlannable, beijingMinuteText, DEFENCE_BID_STATUSES, invalidField, planDefenceSlots, type DefenceFormat, type PanelStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { defenceRepository } from '../../repositories/defence.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from '../review/load-panel.ts';
import { assertSlotTextNamesNoBidder } from './blind-slot-text.ts';
import { notifyBidOfSlot } from './defence-notices.ts';

export interface ScheduleDefencesInput {
  startsAt: string;
  minutesEach: number;
  gapMinutes: number;
  format: DefenceFormat;
  venue: string;
  bidIds?: string[] | undefined;
}

/** Shortlisted bids by rank first (they defend for the final choice), then the rest in submission order. */
const byAppearance = (a: Row<'bid'>, b: Row<'bid'>) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || (a.submitted_at?.getTime() ?? 0) - (b.submitted_at?.getTime() ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * An officer plans the panel's defences (答辩/路演): one slot per bid under review or shortlisted, back to back
 * from the chosen start. The new plan replaces every slot not yet held; a bid already heard (held or absent)
 * keeps its slot. Each bid's lead organisation is told its own slot only; the panel's experts that a plan exists.
 * In a blind programme the venue, which the experts read, may not name a unit or PI of any bid of the challenge.
 */
export async function scheduleDefences(ctx: UseCaseContext, panelId: string, input: ScheduleDefencesInput): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, challenge, policy } = await loadPanelFor(trx, ctx, panelId, 'manage_defences', true);
    assertDefencesPlannable(panel.status as PanelStatus);
    const [eligible, existing] = await Promise.all([bidRepository.listByChallenge(trx, challenge.id, DEFENCE_BID_STATUSES), defenceRepository.slotsOfPanel(trx, panel.id)]);
    const heard = new Set(existing.filter((slot) => slot.status === 'held' || slot.status === 'absent').map((slot) => slot.bid_id));
    const bidById = new Map(eligible.map((bid) => [bid.id, bid]));
    const bidIds = input.bidIds ?? [...eligible].sort(byAppearance).map((bid) => bid.id).filter((id) => !heard.has(id));
    for (const [index, bidId] of (input.bidIds ?? []).entries()) {
      if (!bidById.has(bidId)) throw invalidField(`body.bidIds.${index}`, 'is not a bid of this challenge under review or shortlisted');
      if (heard.has(bidId)) throw invalidField(`body.bidIds.${index}`, 'this bid has already had its defence');
    }
    const now = ctx.deps.now();
    const planned = planDefenceSlots(bidIds, { startsAt: new Date(input.startsAt), minutesEach: input.minutesEach, gapMinutes: input.gapMinutes, format: input.format, venue: input.venue }, now);
    await assertSlotTextNamesNoBidder(trx, policy.review.blindReview === true, challenge.id, [{ path: 'body.venue', text: input.venue }]);

    const replaced = await defenceRepository.deleteUnheld(trx, panel.id);
    const rows = planned.map((slot) => ({
      id: ctx.deps.newId(),
      tenant_id: panel.tenant_id,
      panel_id: panel.id,
      bid_id: slot.bidId,
      starts_at: slot.startsAt,
      ends_at: slot.endsAt,
      format: slot.format,
      venue: slot.venue,
      status: 'scheduled',
      created_by: actor.userId,
      created_at: now,
    }));
    await trx.insertInto('defence_slot').values(rows).execute();
    await audit(trx, ctx, {
      tenantId: panel.tenant_id,
      type: 'review_panel.defences_scheduled',
      aggregateType: 'review_panel',
      aggregateId: panel.id,
      payload: { startsAt: input.startsAt, minutesEach: input.minutesEach, gapMinutes: input.gapMinutes, format: input.format, venue: input.venue, slotIds: rows.map((row) => row.id), replacedSlotIds: replaced.map((slot) => slot.id) },
    });
    for (const row of rows) {
      await audit(trx, ctx, {
        tenantId: panel.tenant_id,
        type: 'defence_slot.scheduled',
        aggregateType: 'defence_slot',
        aggregateId: row.id,
        payload: { panelId: panel.id, bidId: row.bid_id, startsAt: row.starts_at.toISOString(), endsAt: row.ends_at.toISOString(), format: row.format, venue: row.venue },
      });
      await notifyBidOfSlot(trx, ctx, panel.tenant_id, bidById.get(row.bid_id), { kind: 'defence_slot.scheduled', startsAt: row.starts_at, endsAt: row.ends_at, format: row.format, venue: row.venue });
    }
    const experts = (await reviewRepository.membersOf(trx, panel.id)).filter((member) => member.invitation_status === 'accepted');
    for (const expert of experts) {
      await notify(trx, ctx, {
        tenantId: panel.tenant_id,
        userId: expert.expert_user_id,
        kind: 'review_panel.defences_scheduled',
        title: '答辩安排已发布',
        body: `榜单「${challenge.title}」的答辩自 ${beijingMinuteText(rows[0]!.starts_at)}（北京时间）开始，共 ${rows.length} 场，详见评审任务。`,
        aggregateType: 'review_panel',
        aggregateId: panel.id,
      });
    }
  });
}
