import { beijingSlotText, DEFENCE_FORMAT_LABELS, type DefenceFormat } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { Tx } from '../../context.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';

interface SlotPlace {
  startsAt: Date;
  endsAt: Date;
  format: DefenceFormat;
  venue: string;
}

/** What the bidder is told about its slot: planned, moved, or cancelled (with the officer's note). */
export type BidSlotNotice = ({ kind: 'defence_slot.scheduled' } & SlotPlace) | ({ kind: 'defence_slot.updated' } & SlotPlace) | { kind: 'defence_slot.cancel'; note: string };

const whenAndWhere = (slot: SlotPlace) => `${beijingSlotText(slot.startsAt, slot.endsAt)}${slot.venue ? `，地点/会议：${slot.venue}` : ''}`;

function wording(bid: Row<'bid'>, notice: BidSlotNotice): { title: string; body: string } {
  switch (notice.kind) {
    case 'defence_slot.scheduled':
      return { title: '答辩安排通知', body: `「${bid.title}」的${DEFENCE_FORMAT_LABELS[notice.format]}安排在 ${whenAndWhere(notice)}。请按时参加。` };
    case 'defence_slot.updated':
      return { title: '答辩安排调整', body: `「${bid.title}」的${DEFENCE_FORMAT_LABELS[notice.format]}调整为 ${whenAndWhere(notice)}。` };
    case 'defence_slot.cancel':
      return { title: '答辩取消通知', body: `「${bid.title}」的答辩已取消${notice.note ? `：${notice.note}` : ''}。新的安排将另行通知。` };
  }
}

/**
 * Tells the bid's lead organisation about its own slot — the bidder's only window on the schedule (it never sees
 * the other slots).
 */
export async function notifyBidOfSlot(trx: Tx, ctx: UseCaseContext, tenantId: string, bid: Row<'bid'> | undefined, notice: BidSlotNotice): Promise<void> {
  if (!bid) return;
  await notify(trx, ctx, { tenantId, organisationId: bid.lead_org_id, kind: notice.kind, ...wording(bid, notice), aggregateType: 'bid', aggregateId: bid.id });
}
