import { bidActions, type PanelRole, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import { bidRepository, evaluationChallengeRepository } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { bidSubjectsOf } from '../bid/load-bid.ts';

/**
 * An expert's review work: each panel they sit on, with its rubric and the bids under review to score, and their
 * own score where given. Nothing of other experts' scores, nor of bids outside merit review. Every panel and bid
 * is loaded together, so the list costs the same few queries however many panels the expert sits on.
 */
export async function listExpertAssignments(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const db = ctx.deps.db;
  const panels = await reviewRepository.panelsOfExpert(db, actor.userId);
  const challengeIds = [...new Set(panels.map((panel) => panel.challenge_id))];
  const [bids, myScores, challenges] = await Promise.all([
    bidRepository.listByChallenges(db, challengeIds, ['under_review']),
    reviewRepository.scoresOfExpertInPanels(db, panels.map((panel) => panel.panel_id), actor.userId),
    evaluationChallengeRepository.findMany(db, challengeIds),
  ]);
  const [members, programmes] = await Promise.all([bidRepository.membersOfMany(db, bids.map((bid) => bid.id)), programmeRepository.findByIds(db, bids.map((bid) => bid.programme_id))]);
  const [names, subjects] = await Promise.all([
    organisationRepository.namesById(db, [...members.values()].flat().map((member) => member.organisation_id)),
    bidSubjectsOf(
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
  return panels.map((panel) => ({
    panelId: panel.panel_id,
    challengeId: panel.challenge_id,
    challengeTitle: panel.challenge_title,
    panelStatus: panel.status as PanelStatus,
    panelRole: panel.panel_role as PanelRole,
    rubric: panel.rubric as RubricCriterion[],
    bids: bids
      .filter((bid) => bid.challenge_id === panel.challenge_id)
      .map((bid) => {
        const bidMembers = members.get(bid.id) ?? [];
        const subject = subjects.get(bid.id);
        const score = scoreByPanelAndBid.get(`${panel.panel_id}:${bid.id}`);
        return {
          bidId: bid.id,
          title: bid.title,
          leadOrgName: names.get(bid.lead_org_id) ?? '',
          memberOrgNames: bidMembers.filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? ''),
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
