import { z } from 'zod';
import { DEFENCE_FORMATS, DEFENCE_GAP_MINUTES, DEFENCE_MINUTES, DEFENCE_OUTCOMES, DEFENCE_SLOT_STATUSES, DEFENCE_VENUE_MAX_LENGTH, PANEL_STATUSES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, Timestamp, VersionedCommand } from './common.ts';

const Minutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(DEFENCE_MINUTES.min, `must be between ${DEFENCE_MINUTES.min} and ${DEFENCE_MINUTES.max}`)
  .max(DEFENCE_MINUTES.max, `must be between ${DEFENCE_MINUTES.min} and ${DEFENCE_MINUTES.max}`);
const Venue = z.string().trim().max(DEFENCE_VENUE_MAX_LENGTH);

/** 生成答辩安排: one slot per bid from `startsAt`, each `minutesEach` long, `gapMinutes` apart (at most 8 hours a day). */
export const ScheduleDefencesBody = z.object({
  startsAt: Timestamp.describe('The first slot (a future instant; the UI picks it in Beijing time)'),
  minutesEach: Minutes.describe('Length of each defence, 10–180 minutes'),
  gapMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(DEFENCE_GAP_MINUTES.min, `must be between ${DEFENCE_GAP_MINUTES.min} and ${DEFENCE_GAP_MINUTES.max}`)
    .max(DEFENCE_GAP_MINUTES.max, `must be between ${DEFENCE_GAP_MINUTES.min} and ${DEFENCE_GAP_MINUTES.max}`)
    .default(10)
    .describe('Break between two defences, 0–60 minutes'),
  format: z.enum(DEFENCE_FORMATS).describe('onsite (现场答辩) | online (线上路演)'),
  venue: Venue.default('').describe('Room and address, or the meeting link/number; required on site'),
  bidIds: z.array(z.uuid()).max(500).optional().describe('The bids to hear, in this order; default every bid under review or shortlisted (shortlisted by rank first)'),
});

export const UpdateDefenceSlotBody = VersionedCommand.extend({
  startsAt: Timestamp.optional(),
  minutes: Minutes.optional().describe('New length; default keeps the current one'),
  format: z.enum(DEFENCE_FORMATS).optional(),
  venue: Venue.optional(),
});

export const RecordDefenceOutcomeBody = VersionedCommand.extend({
  outcome: z.enum(DEFENCE_OUTCOMES).describe('held (已答辩) | absent (缺席) | cancelled (取消)'),
  note: z.string().trim().max(2000).default(''),
});

export const DefenceSlotView = z
  .object({
    id: z.uuid(),
    panelId: z.uuid(),
    bidId: z.uuid(),
    sequence: z.number().int().describe('Order of appearance, 1-based; a blind programme shows experts only “答辩单位 n”'),
    bidTitle: z.string().nullable().describe('Null for experts of a blind programme'),
    leadOrgName: z.string().nullable().describe('Null for experts of a blind programme'),
    startsAt: Timestamp,
    endsAt: Timestamp,
    format: z.enum(DEFENCE_FORMATS),
    venue: z.string(),
    status: z.enum(DEFENCE_SLOT_STATUSES),
    note: z.string().describe('Empty for experts of a blind programme when it names a party of the bid'),
    version: z.number().int(),
    actions: Actions.describe('update, record_outcome (officer, while scheduled)'),
    timeline: z.array(AuditTrailEntry).describe('Officers only; empty for experts'),
  })
  .meta({ id: 'DefenceSlot' });

export const DefenceScheduleView = z
  .object({
    panelId: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    panelStatus: z.enum(PANEL_STATUSES),
    blind: z.boolean().describe('The programme reviews blind: experts see no bidder names'),
    slots: z.array(DefenceSlotView),
    schedulableBids: z.array(z.object({ bidId: z.uuid(), title: z.string(), leadOrgName: z.string(), status: z.string(), rank: z.number().int().nullable() })).describe('Officers only: bids that may be given a slot'),
    actions: Actions.describe('schedule_defences (officer; panel scoring or closed)'),
  })
  .meta({ id: 'DefenceSchedule' });

/** The bidder's own defence slot, on its bid. */
export const BidDefenceSlotView = DefenceSlotView.pick({ startsAt: true, endsAt: true, format: true, venue: true, status: true, note: true }).meta({ id: 'BidDefenceSlot' });
