import { invitationLifecycle, isLiveSeat, panelActions, type AssignmentRole, type InvitationStatus, type PanelRole, type PanelStatus } from '@jiebang/domain';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';
import { loadPanelFor } from '../review/load-panel.ts';
import type { AssignmentSnapshot, RunResult } from './assignment-snapshot.ts';

/**
 * How a challenge's panel was assigned, for the office review page: each seat with its invitation state, source
 * (solver, alternate, manual) and affinity, the alternates (候补) of the latest applied run, and what the officer
 * may do — override while forming, replace a declined or withdrawn seat (or, while forming, any live one).
 */
export async function getPanelAssignment(ctx: UseCaseContext, challengeId: string) {
  requireActor(ctx);
  await loadChallengeAsOfficer(ctx.deps.db, ctx, challengeId, 'review_panel.view');
  const found = await reviewRepository.findPanelByChallenge(ctx.deps.db, challengeId);
  if (!found) throw notFound('review_panel', challengeId);
  return getPanelAssignmentOfPanel(ctx, found.id);
}

export async function getPanelAssignmentOfPanel(ctx: UseCaseContext, panelId: string) {
  requireActor(ctx);
  const db = ctx.deps.db;
  const { panel, challenge, programme, programmeRef } = await loadPanelFor(db, ctx, panelId, 'view');
  const status = panel.status as PanelStatus;
  const [seats, run] = await Promise.all([assignmentRepository.seatsOfPanels(db, [panel.id]), assignmentRepository.latestAppliedRunFor(db, programme.id, challenge.id)]);
  const alternates = (run?.result as RunResult | undefined)?.panels.find((entry) => entry.challengeId === challenge.id)?.alternates ?? [];
  const names = await assignmentRepository.expertNames(db, [...seats.map((seat) => seat.expert_user_id), ...alternates.map((alternate) => alternate.expertUserId)]);
  // Only the programme's officers get here (loadPanelFor): membership changes while forming, vacant seats refilled until closed.
  const canChange = panelActions(ctx.actor, { status, programme: programmeRef }).includes('add_member');
  const onPanel = new Set(seats.map((seat) => seat.expert_user_id));
  const quotas = (run?.input as AssignmentSnapshot | undefined)?.quotas;
  const roleHasRoom = (role: string) => quotas !== undefined && seats.filter((seat) => seat.panel_role === role && isLiveSeat(seat.invitation_status as InvitationStatus)).length < (quotas[role as AssignmentRole] ?? 0);
  return {
    panelId: panel.id,
    challengeId: challenge.id,
    programmeId: programme.id,
    status,
    version: panel.version,
    runId: run?.id ?? null,
    seats: seats.map((seat) => {
      const invitation = seat.invitation_status as InvitationStatus;
      const vacant = invitation === 'declined' || invitation === 'withdrawn';
      const withdrawable = canChange && invitationLifecycle.next(invitation, 'withdraw') !== undefined;
      // A live seat changes hands only through the override (with its reason); 候补递补 fills a vacated seat.
      const actions = [...(vacant && status !== 'closed' && roleHasRoom(seat.panel_role) ? ['replace'] : []), ...(withdrawable ? ['remove'] : [])];
      return {
        expertUserId: seat.expert_user_id,
        displayName: names.get(seat.expert_user_id)?.displayName ?? '',
        organisationName: names.get(seat.expert_user_id)?.organisationName ?? '',
        panelRole: seat.panel_role as PanelRole,
        invitationStatus: invitation,
        source: seat.source as 'manual' | 'solver' | 'alternate',
        affinity: seat.affinity,
        overrideReason: seat.override_reason,
        actions,
      };
    }),
    alternates: alternates.map((alternate) => ({ ...alternate, displayName: names.get(alternate.expertUserId)?.displayName ?? '', organisationName: names.get(alternate.expertUserId)?.organisationName ?? '', taken: onPanel.has(alternate.expertUserId) })),
    actions: canChange ? ['override'] : [],
  };
}
