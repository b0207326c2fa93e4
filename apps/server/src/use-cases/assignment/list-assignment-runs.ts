import { ASSIGNMENT_ROLES, DEFAULT_PANEL_QUOTAS, canOnAssignmentRun, isLiveSeat, requiredExpertTier, type AssignmentModeName, type AssignmentRole, type AssignmentRunStatus, type InvitationStatus, type PanelStatus, type ProgrammePolicy } from '@jiebang/domain';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadProgrammeFor } from '../programme/load-programme.ts';
import type { RunResult } from './assignment-snapshot.ts';

/**
 * 专家遴选 board of a programme: the challenges a run may fill (under review, panel forming or not yet formed)
 * with their live bids and seats, the policy's quotas, and the runs made so far, newest first.
 */
export async function listAssignmentRuns(ctx: UseCaseContext, programmeId: string) {
  requireActor(ctx);
  const db = ctx.deps.db;
  const programme = await loadProgrammeFor(db, ctx, programmeId, 'view');
  const programmeRef = { id: programme.id, tenantId: programme.tenant_id };
  authorise(canOnAssignmentRun(ctx.actor, 'view', { programme: programmeRef }), 'assignment_run.view');
  const policy = programme.policy as ProgrammePolicy;
  const [challenges, runs] = await Promise.all([assignmentRepository.challengesUnderReview(db, programme.id), assignmentRepository.runsOfProgramme(db, programme.id)]);
  const panels = await assignmentRepository.panelsOfChallenges(db, challenges.map((challenge) => challenge.id));
  const seats = await assignmentRepository.seatsOfPanels(db, panels.map((panel) => panel.id));
  const fillable = challenges.flatMap((challenge) => {
    const panel = panels.find((row) => row.challenge_id === challenge.id);
    if (panel && panel.status !== 'forming') return [];
    const seatsHeld = Object.fromEntries(ASSIGNMENT_ROLES.map((role) => [role, 0])) as Record<AssignmentRole, number>;
    for (const seat of seats) {
      if (seat.panel_id === panel?.id && isLiveSeat(seat.invitation_status as InvitationStatus) && seat.panel_role in seatsHeld) seatsHeld[seat.panel_role as AssignmentRole] += 1;
    }
    return [
      {
        challengeId: challenge.id,
        code: challenge.code,
        title: challenge.title,
        field: challenge.field,
        budgetFen: challenge.budget_fen,
        requiredTier: requiredExpertTier(challenge.budget_fen),
        bidCount: Number(challenge.bid_count ?? 0),
        panelId: panel?.id ?? null,
        panelStatus: (panel?.status as PanelStatus | undefined) ?? null,
        seatsHeld,
      },
    ];
  });
  return {
    programme: { id: programme.id, name: programme.name, code: programme.code },
    quotas: policy.review.panelQuotas ?? DEFAULT_PANEL_QUOTAS,
    challenges: fillable,
    runs: runs.map((run) => {
      const result = run.result as RunResult;
      return {
        id: run.id,
        mode: run.mode as AssignmentModeName,
        seed: run.seed,
        status: run.status as AssignmentRunStatus,
        challengeCount: result.panels.length,
        seatCount: result.panels.reduce((sum, panel) => sum + panel.seats.length, 0),
        objective: run.objective,
        shortfall: run.shortfall,
        inputDigest: run.input_digest,
        createdAt: run.created_at.toISOString(),
        createdByName: run.created_by_name,
        appliedAt: run.applied_at?.toISOString() ?? null,
      };
    }),
    actions: ['run'],
  };
}
