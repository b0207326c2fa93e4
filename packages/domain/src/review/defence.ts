import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import { defineLifecycle } from '../shared/lifecycle.ts';
import type { PanelStatus } from './panel-lifecycle.ts';

/**
 * 答辩/路演: each bid under review (or shortlisted) presents to the panel in its own time slot, on site or online.
 * The officer plans the slots in one go, may move one, and records afterwards whether the defence was held, the
 * bidder was absent, or it was cancelled.
 */
export const DEFENCE_FORMATS = ['onsite', 'online'] as const;
export type DefenceFormat = (typeof DEFENCE_FORMATS)[number];
/** How notifications name the format. */
export const DEFENCE_FORMAT_LABELS: Record<DefenceFormat, string> = { onsite: '现场答辩', online: '线上路演' };

export const DEFENCE_SLOT_STATUSES = ['scheduled', 'held', 'absent', 'cancelled'] as const;
export type DefenceSlotStatus = (typeof DEFENCE_SLOT_STATUSES)[number];
export const DEFENCE_SLOT_EVENTS = ['hold', 'mark_absent', 'cancel'] as const;
export type DefenceSlotEvent = (typeof DEFENCE_SLOT_EVENTS)[number];

export const defenceSlotLifecycle = defineLifecycle<DefenceSlotStatus, DefenceSlotEvent>('defence_slot', DEFENCE_SLOT_EVENTS, {
  scheduled: { hold: 'held', mark_absent: 'absent', cancel: 'cancelled' },
  held: {},
  absent: {},
  cancelled: {},
});

/** Bids heard in a defence: those in merit review, and the shortlisted (a defence may decide among them). */
export const DEFENCE_BID_STATUSES = ['under_review', 'shortlisted'] as const;

export const DEFENCE_OUTCOMES = ['held', 'absent', 'cancelled'] as const;
export type DefenceOutcome = (typeof DEFENCE_OUTCOMES)[number];
export const DEFENCE_OUTCOME_EVENTS: Record<DefenceOutcome, DefenceSlotEvent> = { held: 'hold', absent: 'mark_absent', cancelled: 'cancel' };

export const DEFENCE_MINUTES = { min: 10, max: 180 } as const;
export const DEFENCE_GAP_MINUTES = { min: 0, max: 60 } as const;
/** A panel sits at most this long a day; the plan goes on at the same hour the next day. */
export const DEFENCE_DAY_MAX_MINUTES = 8 * 60;
export const DEFENCE_VENUE_MAX_LENGTH = 200;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface DefencePlanInput {
  startsAt: Date;
  minutesEach: number;
  gapMinutes: number;
  format: DefenceFormat;
  venue: string;
}

export interface PlannedDefenceSlot {
  bidId: string;
  startsAt: Date;
  endsAt: Date;
  format: DefenceFormat;
  venue: string;
}

/** A defence is planned or moved only into the future. */
export function assertFutureStart(startsAt: Date, now: Date, path: string): void {
  if (Number.isNaN(startsAt.getTime())) throw invalidField(path, 'must be a date and time');
  if (startsAt.getTime() <= now.getTime()) throw invalidField(path, 'must be in the future');
}

/** A slot's length, format and venue, as planned or edited; `paths` name the fields an error points at. */
export function assertDefenceSlotFields(input: { minutes: number; format: DefenceFormat; venue: string }, paths: { minutes: string; venue: string }): void {
  if (!Number.isInteger(input.minutes) || input.minutes < DEFENCE_MINUTES.min || input.minutes > DEFENCE_MINUTES.max) {
    throw invalidField(paths.minutes, `must be a whole number of minutes between ${DEFENCE_MINUTES.min} and ${DEFENCE_MINUTES.max}`);
  }
  if (input.venue.length > DEFENCE_VENUE_MAX_LENGTH) throw invalidField(paths.venue, `must be at most ${DEFENCE_VENUE_MAX_LENGTH} characters`);
  if (input.format === 'onsite' && input.venue.trim() === '') throw invalidField(paths.venue, 'is required for an on-site defence (the room and address)');
}

/**
 * The defence plan of a panel: one slot per bid, in the given order, each `minutesEach` long with `gapMinutes`
 * between them, starting at `startsAt`. A day's session lasts at most 8 hours from its first slot; the next slot
 * that would end later starts the next day at the same hour. Slots never overlap.
 */
export function planDefenceSlots(bidIds: readonly string[], input: DefencePlanInput, now: Date): PlannedDefenceSlot[] {
  if (bidIds.length === 0) throw invalidField('body.bidIds', 'name at least one bid under review or shortlisted');
  if (new Set(bidIds).size !== bidIds.length) throw invalidField('body.bidIds', 'must not name a bid twice');
  assertFutureStart(input.startsAt, now, 'body.startsAt');
  assertDefenceSlotFields({ minutes: input.minutesEach, format: input.format, venue: input.venue }, { minutes: 'body.minutesEach', venue: 'body.venue' });
  if (!Number.isInteger(input.gapMinutes) || input.gapMinutes < DEFENCE_GAP_MINUTES.min || input.gapMinutes > DEFENCE_GAP_MINUTES.max) {
    throw invalidField('body.gapMinutes', `must be a whole number of minutes between ${DEFENCE_GAP_MINUTES.min} and ${DEFENCE_GAP_MINUTES.max}`);
  }
  const length = input.minutesEach * MINUTE_MS;
  const step = (input.minutesEach + input.gapMinutes) * MINUTE_MS;
  let dayStart = input.startsAt.getTime();
  let cursor = dayStart;
  return bidIds.map((bidId) => {
    if (cursor + length - dayStart > DEFENCE_DAY_MAX_MINUTES * MINUTE_MS) {
      dayStart += DAY_MS;
      cursor = dayStart;
    }
    const slot = { bidId, startsAt: new Date(cursor), endsAt: new Date(cursor + length), format: input.format, venue: input.venue.trim() };
    cursor += step;
    return slot;
  });
}

/** Two slots overlap when each starts before the other ends (touching end to start is fine). */
export const slotsOverlap = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean => a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** A moved slot may not overlap another live slot of the panel: the experts cannot hear two bids at once. */
export function assertNoSlotOverlap(slot: { id: string; startsAt: Date; endsAt: Date }, others: readonly { id: string; startsAt: Date; endsAt: Date; status: DefenceSlotStatus }[]): void {
  const clash = others.find((other) => other.id !== slot.id && other.status !== 'cancelled' && slotsOverlap(slot, other));
  if (clash) throw ruleViolation('defence.slot_overlap', `The slot would overlap another defence (${clash.startsAt.toISOString()}–${clash.endsAt.toISOString()})`, { slotId: clash.id });
}

/** Defences are planned while the panel scores or after it closed (before the shortlist is final or to hear the shortlisted). */
export function assertDefencesPlannable(panelStatus: PanelStatus): void {
  if (panelStatus === 'forming') throw ruleViolation('defence.panel_forming', 'The panel is still forming; plan the defences once its experts accepted and scoring opened');
}

/** Whether a defence took place or the bidder stayed away can only be said once its time has come; cancelling is possible any time. */
export function assertOutcomeRecordable(outcome: DefenceOutcome, startsAt: Date, now: Date): void {
  if (outcome !== 'cancelled' && now.getTime() < startsAt.getTime()) throw ruleViolation('defence.not_started', `The defence starts at ${startsAt.toISOString()}; record whether it was held after it started`);
}

export type DefenceSlotAction = 'update' | 'record_outcome';

/** What an officer may do with a slot: move it and record its outcome while it is scheduled. */
export const defenceSlotActions = (status: DefenceSlotStatus, officer: boolean): DefenceSlotAction[] => (officer && status === 'scheduled' ? ['update', 'record_outcome'] : []);

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** "2026-05-12 09:00" in Asia/Shanghai (UTC+8 all year), for notifications about a slot. */
export const beijingMinuteText = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** "2026-05-12 09:00–09:30（北京时间）", the slot as notices give it; the end keeps its date when the slot runs past midnight. */
export function beijingSlotText(startsAt: Date, endsAt: Date): string {
  const start = beijingMinuteText(startsAt);
  const end = beijingMinuteText(endsAt);
  return `${start}–${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}（北京时间）`;
}
