import { DEFENCE_BID_STATUSES, defenceSlotActions, type DefenceFormat, type DefenceSlotStatus, type PanelStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { bidRepository } from '../repositories/bid.repository.ts';
import { defenceRepository } from '../repositories/defence.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { slotsWithNamingNotes } from '../use-cases/defence/blind-slot-text.ts';

export interface DefenceViewer {
  officer: boolean;
  /**
   * The programme reviews blind and the viewer is an expert: bids appear as “答辩单位 n”, never by name, and a note
   * naming a bidder of the challenge — the slot's own or another's (written before notes were so checked) — is left out.
   */
  hideIdentities: boolean;
}

/** The panel's defence schedule in order of appearance; officers also get the bids they may plan and each slot's trail. */
export async function presentDefenceSchedule(db: DbOrTx, viewer: DefenceViewer, panel: Row<'review_panel'>, challenge: Row<'challenge'>, blind: boolean) {
  const slots = await defenceRepository.slotsOfPanel(db, panel.id);
  const [bids, eligible, trails, hiddenNotes] = await Promise.all([
    viewer.hideIdentities ? Promise.resolve([]) : bidRepository.listByIds(db, slots.map((slot) => slot.bid_id)),
    viewer.officer ? bidRepository.listByChallenge(db, challenge.id, DEFENCE_BID_STATUSES) : Promise.resolve([]),
    auditRepository.trailsOf(db, 'defence_slot', viewer.officer ? slots.map((slot) => slot.id) : []),
    viewer.hideIdentities ? slotsWithNamingNotes(db, challenge.id, slots) : Promise.resolve(new Set<string>()),
  ]);
  const bidById = new Map([...bids, ...eligible].map((bid) => [bid.id, bid]));
  const names = await organisationRepository.namesById(db, [...bidById.values()].map((bid) => bid.lead_org_id));
  const status = panel.status as PanelStatus;
  return {
    panelId: panel.id,
    challengeId: challenge.id,
    challengeTitle: challenge.title,
    panelStatus: status,
    blind,
    slots: slots.map((slot, index) => {
      const bid = bidById.get(slot.bid_id);
      return {
        id: slot.id,
        panelId: slot.panel_id,
        bidId: slot.bid_id,
        sequence: index + 1,
        bidTitle: viewer.hideIdentities ? null : (bid?.title ?? null),
        leadOrgName: viewer.hideIdentities || !bid ? null : (names.get(bid.lead_org_id) ?? null),
        startsAt: slot.starts_at.toISOString(),
        endsAt: slot.ends_at.toISOString(),
        format: slot.format as DefenceFormat,
        venue: slot.venue,
        status: slot.status as DefenceSlotStatus,
        note: hiddenNotes.has(slot.id) ? '' : slot.note,
        version: slot.version,
        actions: defenceSlotActions(slot.status as DefenceSlotStatus, viewer.officer),
        timeline: presentTrail(trails.get(slot.id) ?? []),
      };
    }),
    schedulableBids: eligible.map((bid) => ({ bidId: bid.id, title: bid.title, leadOrgName: names.get(bid.lead_org_id) ?? '', status: bid.status, rank: bid.rank })),
    actions: viewer.officer && status !== 'forming' ? ['schedule_defences'] : [],
  };
}

/** A bid's own slot, for its parties. */
export const presentBidDefenceSlot = (slot: Row<'defence_slot'> | undefined) =>
  slot ? { startsAt: slot.starts_at.toISOString(), endsAt: slot.ends_at.toISOString(), format: slot.format as DefenceFormat, venue: slot.venue, status: slot.status as DefenceSlotStatus, note: slot.note } : null;
