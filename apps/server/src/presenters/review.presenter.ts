import { panelActions, type Caller, type InvitationStatus, type PanelRole, type PanelStatus, type ProgrammePolicy, type RubricCriterion } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { reviewRepository } from '../repositories/review.repository.ts';

/** A panel for officers: its experts (confidential to the programme office), rubric, actions and timeline. */
export async function presentPanel(db: DbOrTx, actor: Caller, panel: Row<'review_panel'>, challenge: Row<'challenge'>, programme: { id: string; tenantId: string }, policy: ProgrammePolicy) {
  const [members, scores, trail] = await Promise.all([reviewRepository.membersOf(db, panel.id), reviewRepository.scoresOfPanel(db, panel.id), auditRepository.trailOf(db, 'review_panel', panel.id)]);
  const status = panel.status as PanelStatus;
  return {
    id: panel.id,
    challengeId: panel.challenge_id,
    challengeTitle: challenge.title,
    status,
    rubric: panel.rubric as RubricCriterion[],
    minScoresPerBid: policy.review.minScoresPerBid,
    members: members.map((member) => ({
      expertUserId: member.expert_user_id,
      displayName: member.display_name,
      panelRole: member.panel_role as PanelRole,
      assignedAt: member.assigned_at.toISOString(),
      scoresSubmitted: scores.filter((score) => score.expert_user_id === member.expert_user_id).length,
      invitationStatus: member.invitation_status as InvitationStatus,
      respondedAt: member.responded_at?.toISOString() ?? null,
      declineReason: member.decline_reason,
      declaredConflict: member.declared_conflict,
    })),
    createdAt: panel.created_at.toISOString(),
    version: panel.version,
    actions: panelActions(actor, { status, programme }),
    timeline: presentTrail(trail),
  };
}

export const presentScore = (score: Row<'review_score'>) => ({
  id: score.id,
  bidId: score.bid_id,
  panelId: score.panel_id,
  criterionScores: score.criterion_scores as Record<string, number>,
  total: score.total,
  comment: score.comment,
  submittedAt: score.submitted_at.toISOString(),
});
