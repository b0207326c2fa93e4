import type { AffinitySubject } from '@jiebang/assignment';
import {
  DEFAULT_RECUSAL_RULES,
  DomainError,
  canOnAssignmentRun,
  invalidField,
  isLiveSeat,
  panelUnitKey,
  seatExclusion,
  expertTierQualifies,
  fieldCodesForText,
  recusalReasons,
  requiredExpertTier,
  reviewWindowOf,
  ruleViolation,
  unavailableDuring,
  type AssignmentExclusion,
  type AssignmentRunStatus,
  type ExpertTier,
  type Indicator,
  type InvitationStatus,
  type ProgrammePolicy,
  type RecusalReason,
} from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import { beijingYear, loadChallengeRecusalSubjects, loadRecusalExperts, loadRecusalRules } from '../review/load-recusal-facts.ts';
import type { AssignmentSnapshot, RunResult } from './assignment-snapshot.ts';

/** The challenge side of affinity: its field codes (from 领域 and 产业链) and its own words. */
export function challengeAffinitySubject(challenge: Row<'challenge'>): AffinitySubject {
  const indicators = Array.isArray(challenge.indicators) ? (challenge.indicators as Indicator[]) : [];
  return {
    fieldCodes: fieldCodesForText(`${challenge.field} ${challenge.industrial_chain}`),
    text: [challenge.title, challenge.problem_statement, challenge.application_scenario, ...indicators.map((indicator) => indicator.name)].join('\n'),
  };
}

/** The expert side of affinity: the profile's field codes, expertise and professional title. */
export const expertAffinitySubject = (profile: { field_codes: unknown; expertise: string; professional_title: string }): AffinitySubject => ({
  fieldCodes: Array.isArray(profile.field_codes) ? (profile.field_codes as string[]) : [],
  text: `${profile.expertise}\n${profile.professional_title}`,
});

/** Whether the expert's pool tier may review this challenge (major projects need the major-project pool). */
export const tierQualifies = (tier: string, challenge: { budget_fen: number }): boolean => expertTierQualifies(tier as ExpertTier, requiredExpertTier(challenge.budget_fen));

/**
 * Recusal (回避) of every (expert, challenge) pair from fresh facts, with the programme's rules: one decision
 * function for the run, its application, alternates and overrides. `null` means the loader knows no such expert
 * or challenge: callers treat it as conflicted (fail closed).
 */
export async function recusalCheck(db: DbOrTx, programmeId: string, challengeIds: readonly string[], expertUserIds: readonly string[], now: Date) {
  const [experts, subjects, rules] = await Promise.all([loadRecusalExperts(db, expertUserIds), loadChallengeRecusalSubjects(db, challengeIds), loadRecusalRules(db, [programmeId])]);
  const programmeRules = rules.get(programmeId) ?? DEFAULT_RECUSAL_RULES;
  const year = beijingYear(now);
  return (expertUserId: string, challengeId: string): RecusalReason[] | null => {
    const expert = experts.get(expertUserId);
    const subject = subjects.get(challengeId);
    if (!expert || !subject) return null;
    return recusalReasons(expert, subject, programmeRules, year);
  };
}

/**
 * Loads an assignment run with its programme, authorising `action` for an officer of the programme. Runs name
 * experts and panels, confidential during review: anyone else reading one gets NOT_FOUND, acting on one FORBIDDEN.
 */
export async function loadRunFor(db: DbOrTx, ctx: UseCaseContext, runId: string, action: 'view' | 'apply' | 'discard' | 'replay', lock = false) {
  const run = await (lock ? assignmentRepository.findRunForUpdate(db, runId) : assignmentRepository.findRun(db, runId));
  if (!run) throw notFound('assignment_run', runId);
  const programme = await programmeRepository.findById(db, run.programme_id);
  if (!programme) throw notFound('programme', run.programme_id);
  const programmeRef = { id: programme.id, tenantId: programme.tenant_id };
  if (!canOnAssignmentRun(ctx.actor, action, { programme: programmeRef })) {
    if (action === 'view') throw notFound('assignment_run', runId);
    authorise(false, `assignment_run.${action}`);
  }
  return {
    run,
    status: run.status as AssignmentRunStatus,
    programme,
    programmeRef,
    policy: programme.policy as ProgrammePolicy,
    snapshot: run.input as AssignmentSnapshot,
    result: run.result as RunResult,
  };
}

/** Refuses an expert whose open seats already reach their load cap. */
export function assertCapacity(expertUserId: string, openSeats: number, loadCap: number, adding = 1): void {
  if (openSeats + adding > loadCap) {
    throw ruleViolation('assignment.load_cap_reached', `The expert already holds ${openSeats} open panel seat(s) of a cap of ${loadCap}`, { expertUserId, openSeats, loadCap });
  }
}

export type SeatProblem = AssignmentExclusion | 'not_in_pool';

interface SeatRow {
  panel_id: string;
  expert_user_id: string;
  invitation_status: string;
}

/** Per panel, the units (panelUnitKey) of the experts holding its live seats: what the panel-diversity rule counts. */
export async function liveUnitsOfPanels(db: DbOrTx, seats: readonly SeatRow[]): Promise<Map<string, Set<string>>> {
  const live = seats.filter((seat) => isLiveSeat(seat.invitation_status as InvitationStatus));
  const names = await assignmentRepository.expertNames(db, live.map((seat) => seat.expert_user_id));
  const units = new Map<string, Set<string>>();
  for (const seat of live) {
    const unit = panelUnitKey(names.get(seat.expert_user_id)?.organisationName);
    if (!unit) continue;
    if (!units.has(seat.panel_id)) units.set(seat.panel_id, new Set());
    units.get(seat.panel_id)!.add(unit);
  }
  return units;
}

/**
 * Why each of these experts may not take a seat on the challenge's panel now, checked in the run's order —
 * in the programme's pools and active, not already on the panel (in any invitation state), no live seat of the
 * same unit when the programme's panel-diversity rule is on, capacity left, (optionally) available in the review
 * window, pool tier, recusal from fresh facts — or `null` when they may. Replacement, override and seats added by
 * hand use it, so every seat obeys the same hard rules as the run.
 */
export async function seatProblems(
  db: DbOrTx,
  input: { programme: { id: string; tenant_id: string }; oneExpertPerOrganisation: boolean; challenge: Row<'challenge'>; panelSeats: readonly SeatRow[]; expertUserIds: readonly string[]; now: Date; checkAvailability: boolean },
) {
  const ids = [...new Set(input.expertUserIds)];
  await assignmentRepository.lockProfiles(db, ids);
  const [tenants, shared, profiles, openSeats, recusal, liveUnits] = await Promise.all([
    assignmentRepository.tenantAndAncestors(db, input.programme.tenant_id),
    assignmentRepository.sharedWith(db, input.programme.tenant_id, ids),
    assignmentRepository.profiles(db, ids),
    assignmentRepository.openSeats(db, ids),
    recusalCheck(db, input.programme.id, [input.challenge.id], ids, input.now),
    input.oneExpertPerOrganisation ? liveUnitsOfPanels(db, input.panelSeats) : Promise.resolve(new Map<string, Set<string>>()),
  ]);
  const onPanel = new Set(input.panelSeats.map((seat) => seat.expert_user_id));
  const unitsOnPanel = new Set(input.panelSeats.flatMap((seat) => [...(liveUnits.get(seat.panel_id) ?? [])]));
  const window = reviewWindowOf(input.now);
  return ids.map((expertUserId) => {
    const profile = profiles.find((row) => row.user_id === expertUserId);
    const reasons = recusal(expertUserId, input.challenge.id);
    const unit = panelUnitKey(profile?.unit_name);
    const inPool = !!profile && profile.status === 'active' && !profile.disabled_at && (tenants.includes(profile.tenant_id) || shared.has(expertUserId));
    const problem: SeatProblem | null = !inPool
      ? 'not_in_pool'
      : seatExclusion({
          onPanel: onPanel.has(expertUserId),
          unitOnPanel: unit !== null && unitsOnPanel.has(unit),
          capacityLeft: profile.load_cap - (openSeats.get(expertUserId) ?? 0),
          unavailable: input.checkAvailability && unavailableDuring(profile.unavailable ?? [], window),
          tierQualifies: tierQualifies(profile.tier, input.challenge),
          recusalReasons: reasons,
        });
    return { expertUserId, problem, reasons: reasons ?? [], profile, openSeats: openSeats.get(expertUserId) ?? 0 };
  });
}

/** The panel's seats with one expert's seat counted as withdrawn: a swap or replacement frees that seat's unit. */
export const withSeatFreed = <T extends SeatRow>(seats: readonly T[], expertUserId: string | undefined): T[] =>
  seats.map((seat) => (seat.expert_user_id === expertUserId ? { ...seat, invitation_status: 'withdrawn' } : seat));

/**
 * Refuses a seat an officer adds by hand (override or 加入专家组) for the first problem seatProblems found, with
 * the error each rule has everywhere; `field` names the expert in the request body.
 */
export function assertSeatAllowed(check: Awaited<ReturnType<typeof seatProblems>>[number], field: string): void {
  switch (check.problem) {
    case null:
    case 'unavailable':
      // Availability is the officer's call when they add someone by hand (they may have confirmed it directly).
      return;
    case 'not_in_pool':
      throw invalidField(field, 'is not an active expert of this programme’s pools');
    case 'already_on_panel':
      throw new DomainError('DUPLICATE', 'The expert is already on this panel (a declined or withdrawn seat stays theirs)', { rule: 'review.expert_already_assigned' });
    case 'unit_on_panel':
      throw ruleViolation('assignment.unit_on_panel', 'An expert of the same unit already holds a seat on this panel, and the programme allows one expert per unit on a panel', { expertUserId: check.expertUserId });
    case 'no_capacity':
      throw ruleViolation('assignment.load_cap_reached', `The expert already holds ${check.openSeats} open panel seat(s), their cap`, { expertUserId: check.expertUserId });
    case 'tier':
      throw ruleViolation('assignment.tier_mismatch', 'This challenge is a major project (1000万元 or more): only experts of the major-project pool review it');
    case 'recusal':
      throw ruleViolation('review.conflict_of_interest', `The expert must recuse (回避): ${check.reasons.map((reason) => reason.kind).join(', ')}`, { reasons: check.reasons });
  }
}
