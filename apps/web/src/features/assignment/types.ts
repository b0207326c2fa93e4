import type { AssignmentBoardView, AssignmentReplayView, AssignmentRunView, ExpertProfileView, PanelAssignmentView, RunAssignmentBody } from '@jiebang/contracts';
import type { z } from 'zod';

export type AssignmentBoard = z.infer<typeof AssignmentBoardView>;
export type BoardChallenge = AssignmentBoard['challenges'][number];
export type RunSummary = AssignmentBoard['runs'][number];
export type AssignmentRun = z.infer<typeof AssignmentRunView>;
export type RunPanel = AssignmentRun['panels'][number];
export type ReplayResult = z.infer<typeof AssignmentReplayView>;
export type RunRequest = z.input<typeof RunAssignmentBody>;
export type Quotas = AssignmentBoard['quotas'];
export type AssignmentMode = AssignmentRun['mode'];
export type PanelAssignment = z.infer<typeof PanelAssignmentView>;
export type PanelSeat = PanelAssignment['seats'][number];

export const MODES = ['optimal', 'random', 'fair'] as const satisfies readonly AssignmentMode[];
export const ROLES = ['technical', 'industry', 'finance', 'legal'] as const satisfies readonly (keyof Quotas)[];
export type Role = (typeof ROLES)[number];
export type PoolExpert = z.infer<typeof ExpertProfileView>;
