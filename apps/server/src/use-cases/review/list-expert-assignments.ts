import { bidActions, identityHiddenFrom, invitationActions, type InvitationStatus, type PanelRole, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import { bidRepository, evaluationChallengeRepository } from '../../repositories/bid.repository.ts';
import { defenceRepository } from '../../repositories/defence.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { bidAccessOf } from '../bid/load-bid.ts';

const reviewPeriodOf = (slots: readonly Row<'defence_slot'>[]) =>
  slots.length ? { from: slots[0]!.starts_at.toISOString(), to: new Date(Math.max(...slots.map((slot) => slot.ends_at.getTime()))).toISOString() } : null;

/**
 * An expert's review work: each panel they are invited to or sit on, with the invitation's answer, its rubric and,
 * once accepted, the bids under review to score and their own score where given. Nothing of other experts'
 * scores, nor of bids outside merit review. Every panel and bid is loaded together, so the list costs the same
 * few queries however many panels the expert sits on.
 */
const REVIEWED_BID_STATUSES = ['under_review', 'shortlisted', 'selected', 'not_selected'] as const;

export async function listExpertAssignments(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const db = ctx.deps.db;
  const panels = await reviewRepository.panelsOfExpert(db, actor.userId);
  const challengeIds = [...new Set(panels.map((panel) => panel.challenge_id))];
  const [underReview, myScores, challenges, slots] = await Promise.all([
    // After scoring closes the bids move on (入围, 揭榜成功, 未入选); the expert still sees what they judged.
    bidRepository.listByChallenges(db, challengeIds, REVIEWED_BID_STATUSES),
    reviewRepository.scoresOfExpertInPanels(db, panels.map((panel) => panel.panel_id), actor.userId),
    evaluationChallengeRepository.findMany(db, challengeIds),
    defenceRepository.slotsOfPanels(db, panels.map((panel) => panel.panel_id)),
  ]);
  // Before accepting, an invited expert learns the challenge, the number of bids and the schedule, nothing of the bids.
  const acceptedChallenges = new Set(panels.filter((panel) => panel.invitation_status === 'accepted').map((panel) => panel.challenge_id));
  const bids = underReview.filter((bid) => acceptedChallenges.has(bid.challenge_id));
  const [members, programmes] = await Promise.all([bidRepository.membersOfMany(db, bids.map((bid) => bid.id)), programmeRepository.findByIds(db, bids.map((bid) => bid.programme_id))]);
  const [names, { subjects, recused }] = await Promise.all([
    organisationRepository.namesById(db, [...members.values()].flat().map((member) => member.organisation_id)),
    bidAccessOf(
      db,
      actor,
      bids,
      members,
      new Map(challenges.map((challenge) => [challenge.id, challenge])),
      new Map(programmes.map((programme) => [programme.id, { id: programme.id, tenantId: programme.tenant_id }])),
      ctx.deps.now(),
    ),
  ]);
  const scoreByPanelAndBid = new Map(myScores.map((score) => [`${score.panel_id}:${score.bid_id}`, score]));
  const blindProgrammes = new Set(programmes.filter((programme) => programmeRepository.policyOf(programme).review.blindReview).map((programme) => programme.id));
  return panels.map((panel) => ({
    panelId: panel.panel_id,
    challengeId: panel.challenge_id,
    challengeTitle: panel.challenge_title,
    challengeField: panel.challenge_field,
    panelStatus: panel.status as PanelStatus,
    panelRole: panel.panel_role as PanelRole,
    invitationStatus: panel.invitation_status as InvitationStatus,
    respondedAt: panel.responded_at?.toISOString() ?? null,
    bidCount: underReview.filter((bid) => bid.challenge_id === panel.challenge_id).length,
    reviewPeriod: reviewPeriodOf(slots.filter((slot) => slot.panel_id === panel.panel_id && slot.status !== 'cancelled')),
    rubric: panel.rubric as RubricCriterion[],
    actions: [...invitationActions(panel.invitation_status as InvitationStatus, panel.status as PanelStatus), ...(panel.invitation_status === 'accepted' ? ['view_defences'] : [])],
    // 回避: a bid the expert must recuse from is left out, only counted, re-decided on every read.
    recusedBidCount: bids.filter((bid) => bid.challenge_id === panel.challenge_id && recused.has(bid.id)).length,
    bids: bids
      .filter((bid) => bid.challenge_id === panel.challenge_id && !recused.has(bid.id))
      .map((bid) => {
        const bidMembers = members.get(bid.id) ?? [];
        const subject = subjects.get(bid.id);
        const score = scoreByPanelAndBid.get(`${panel.panel_id}:${bid.id}`);
        // 盲评: no unit names for a panel expert; the bid's own people and officers still see them.
        const hidden = subject === undefined || identityHiddenFrom(actor, subject, blindProgrammes.has(bid.programme_id));
        return {
          bidId: bid.id,
          title: bid.title,
          leadOrgName: hidden ? '' : (names.get(bid.lead_org_id) ?? ''),
          memberOrgNames: hidden ? [] : bidMembers.filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? ''),
          technicalProposal: bid.technical_proposal,
          indicatorCommitments: bid.indicator_commitments as { indicatorKey: string; committedValue: number; note: string }[],
          budgetFen: bid.budget_fen,
          myScore: score
            ? { id: score.id, bidId: score.bid_id, panelId: score.panel_id, criterionScores: score.criterion_scores as Record<string, number>, total: score.total, comment: score.comment, submittedAt: score.submitted_at.toISOString() }
            : null,
          actions: panel.status === 'scoring' && subject ? bidActions(actor, subject) : [],
        };
      }),
  }));
}
