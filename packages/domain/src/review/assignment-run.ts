import { isProgrammeOfficer, type Caller } from '../access/roles.ts';
import { shanghaiDateOf } from '../contract/milestone-review.ts';
import type { PanelQuotas } from '../programme/policy.ts';
import { defineLifecycle } from '../shared/lifecycle.ts';

/**
 * 专家遴选: an assignment run proposes experts for the panels of several challenges of a programme at once. It is
 * recorded with its whole input (experts, caps, demands, candidate pairs with affinity), the mode and the seed, so
 * anyone can replay it (PIPL Art. 24: transparency of automated decisions). The officer applies it (the seats
 * become invitations) or discards it; it never changes afterwards.
 */
export const ASSIGNMENT_MODES = ['optimal', 'random', 'fair'] as const;
export type AssignmentModeName = (typeof ASSIGNMENT_MODES)[number];

export const ASSIGNMENT_RUN_STATUSES = ['proposed', 'applied', 'discarded'] as const;
export type AssignmentRunStatus = (typeof ASSIGNMENT_RUN_STATUSES)[number];
export const ASSIGNMENT_RUN_EVENTS = ['apply', 'discard'] as const;
export type AssignmentRunEvent = (typeof ASSIGNMENT_RUN_EVENTS)[number];

export const assignmentRunLifecycle = defineLifecycle<AssignmentRunStatus, AssignmentRunEvent>('assignment_run', ASSIGNMENT_RUN_EVENTS, {
  proposed: { apply: 'applied', discard: 'discarded' },
  applied: {},
  discarded: {},
});

/** The roles an assignment run fills, in the solver's role order (a pool expert holds exactly one). */
export const ASSIGNMENT_ROLES = ['technical', 'industry', 'finance', 'legal'] as const satisfies readonly (keyof PanelQuotas)[];
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/**
 * Why a pair (expert, challenge) is left out of a run, first reason counted. `unit_on_panel`: the panel-diversity
 * rule is on and an expert of the same unit already holds a live seat on that panel.
 */
export const ASSIGNMENT_EXCLUSIONS = ['already_on_panel', 'unit_on_panel', 'unavailable', 'tier', 'recusal', 'no_capacity'] as const;
export type AssignmentExclusion = (typeof ASSIGNMENT_EXCLUSIONS)[number];

/** What decides whether an expert may take a seat on one challenge's panel, gathered by the caller. */
export interface SeatFacts {
  /** A seat of theirs on the panel in any invitation state (a declined or withdrawn seat stays theirs). */
  onPanel: boolean;
  /** The diversity rule is on and a live seat of the panel belongs to an expert of the same unit. */
  unitOnPanel: boolean;
  /** Load cap less the live seats they hold on open panels. */
  capacityLeft: number;
  /** Unavailable on a day of the review window (false when the caller leaves availability to the officer). */
  unavailable: boolean;
  tierQualifies: boolean;
  /** Recusal reasons from fresh facts; null when the facts are missing, which counts as a conflict (fail closed). */
  recusalReasons: readonly unknown[] | null;
}

/**
 * The first reason an expert may not take the seat, in one fixed order — the order a run counts its exclusions in —
 * or null when they may. Runs, alternates, overrides and seats added by hand all decide through it.
 */
export function seatExclusion(facts: SeatFacts): AssignmentExclusion | null {
  if (facts.onPanel) return 'already_on_panel';
  if (facts.unitOnPanel) return 'unit_on_panel';
  if (facts.capacityLeft <= 0) return 'no_capacity';
  if (facts.unavailable) return 'unavailable';
  if (!facts.tierQualifies) return 'tier';
  if (facts.recusalReasons === null || facts.recusalReasons.length > 0) return 'recusal';
  return null;
}

/** 候补: alternates kept per challenge and role, best first. */
export const ALTERNATES_PER_ROLE = 3;
/** An expert unavailable on any day of the next 14 (Beijing dates, today included) is not drawn. */
export const REVIEW_WINDOW_DAYS = 14;

export type AssignmentRunAction = AssignmentRunEvent | 'replay';

export interface AssignmentRunPolicySubject {
  status: AssignmentRunStatus;
  programme: { id: string; tenantId: string };
}

/** Running, applying, discarding and replaying are the programme officers' work, like forming a panel. */
export function canOnAssignmentRun(actor: Caller, _action: AssignmentRunAction | 'run' | 'view', subject: { programme: { id: string; tenantId: string } }): boolean {
  return isProgrammeOfficer(actor, subject.programme);
}

/** Apply or discard while proposed; replay always (a record anyone entitled may re-check). */
export function assignmentRunActions(actor: Caller, run: AssignmentRunPolicySubject): AssignmentRunAction[] {
  const candidates: AssignmentRunAction[] = [...assignmentRunLifecycle.eventsFrom(run.status), 'replay'];
  return candidates.filter((action) => canOnAssignmentRun(actor, action, run));
}

/** Seats still to fill per role: the quota less the live seats the panel already holds (never negative). */
export function seatDemand(quotas: PanelQuotas, held: Partial<Record<AssignmentRole, number>>): Record<AssignmentRole, number> {
  const demand = {} as Record<AssignmentRole, number>;
  for (const role of ASSIGNMENT_ROLES) demand[role] = Math.max(0, quotas[role] - (held[role] ?? 0));
  return demand;
}

/** The review window of a run started at `now`: today to today + REVIEW_WINDOW_DAYS, Beijing dates. */
export function reviewWindowOf(now: Date): { from: string; to: string } {
  return { from: shanghaiDateOf(now), to: shanghaiDateOf(new Date(now.getTime() + REVIEW_WINDOW_DAYS * 86_400_000)) };
}

/** Whether any unavailability window (inclusive YYYY-MM-DD dates) meets the window [from, to]. */
export function unavailableDuring(windows: readonly { from: string; to: string }[], window: { from: string; to: string }): boolean {
  return windows.some((entry) => entry.from <= window.to && entry.to >= window.from);
}
