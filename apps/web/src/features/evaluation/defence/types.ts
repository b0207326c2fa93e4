import type { DefenceScheduleView, RecordDefenceOutcomeBody, ScheduleDefencesBody, UpdateDefenceSlotBody } from '@jiebang/contracts';
import type { z } from 'zod';

export type DefenceSchedule = z.infer<typeof DefenceScheduleView>;
export type DefenceSlot = DefenceSchedule['slots'][number];
export type DefenceFormat = DefenceSlot['format'];
export type ScheduleDefencesInput = z.input<typeof ScheduleDefencesBody>;
export type UpdateDefenceSlotInput = z.input<typeof UpdateDefenceSlotBody>;
export type RecordDefenceOutcomeInput = z.input<typeof RecordDefenceOutcomeBody>;
export type DefenceOutcome = RecordDefenceOutcomeInput['outcome'];

export const DEFENCE_FORMATS = ['onsite', 'online'] as const satisfies readonly DefenceFormat[];
export const DEFENCE_OUTCOMES = ['held', 'absent', 'cancelled'] as const satisfies readonly DefenceOutcome[];
