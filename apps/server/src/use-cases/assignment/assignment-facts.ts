import type { AffinitySubject } from '@jiebang/assignment';
import {
  DEFAULT_RECUSAL_RULES,
  canOnAssignmentRun,
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

/**
 * Why each of these experts may not take a seat on the challenge's panel now, checked in the run's order —
 * in the programme's pools and active, not already on the panel, capacity left, (optionally) available in the
 * review window, pool tier, recusal from fresh facts — or `null` when they may. Replacement and override use it,
 * so a seat added by hand obeys the same hard rules as the run.
 */
export async function seatProblems(db: DbOrTx, input: { programme: { id: string; tenant_id: string }; challenge: Row<'challenge'>; onPanel: ReadonlySet<string>; expertUserIds: readonly string[]; now: Date; checkAvailability: boolean }) {
  const ids = [...new Set(input.expertUserIds)];
  await assignmentRepository.lockProfiles(db, ids);
  const [tenants, shared, profiles, openSeats, recusal] = await Promise.all([
    assignmentRepository.tenantAndAncestors(db, input.programme.tenant_id),
    assignmentRepository.sharedWith(db, input.programme.tenant_id, ids),
    assignmentRepository.profiles(db, ids),
    assignmentRepository.openSeats(db, ids),
    recusalCheck(db, input.programme.id, [input.challenge.id], ids, input.now),
  ]);
  const window = reviewWindowOf(input.now);
  return ids.map((expertUserId) => {
    const profile = profiles.find((row) => row.user_id === expertUserId);
    const reasons = recusal(expertUserId, input.challenge.id);
    const problem: SeatProblem | null =
      !profile || profile.status !== 'active' || profile.disabled_at || !(tenants.includes(profile.tenant_id) || shared.has(expertUserId))
        ? 'not_in_pool'
        : input.onPanel.has(expertUserId)
          ? 'already_on_panel'
          : (openSeats.get(expertUserId) ?? 0) >= profile.load_cap
            ? 'no_capacity'
            : input.checkAvailability && unavailableDuring(profile.unavailable ?? [], window)
              ? 'unavailable'
              : !tierQualifies(profile.tier, input.challenge)
                ? 'tier'
                : reasons === null || reasons.length
                  ? 'recusal'
                  : null;
    return { expertUserId, problem, reasons: reasons ?? [], profile, openSeats: openSeats.get(expertUserId) ?? 0 };
  });
}
