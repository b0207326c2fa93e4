import { panelActions, REVIEWED_BID_STATUSES, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import { bidRepository, evaluationUserRepository } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';
import { rankBidsOfPanel } from './rank-bids.ts';

/**
 * The merit ranking of a challenge for officers, with every expert's score sheet (PIPL / confidentiality: scores
 * and reviewers' identities are the owner's only). Computed live, so it can be watched while scoring runs.
 */
export async function getRanking(ctx: UseCaseContext, challengeId: string) {
  requireActor(ctx);
  const db = ctx.deps.db;
  const { challenge, policy, programmeRef } = await loadChallengeAsOfficer(db, ctx, challengeId, 'review_panel.ranking');
  const panel = await reviewRepository.findPanelByChallenge(db, challenge.id);
  const bids = await bidRepository.listByChallenge(db, challenge.id, REVIEWED_BID_STATUSES);
  const ranked = await rankBidsOfPanel(db, panel, bids, policy.review);
  const [orgNames, expertNames] = await Promise.all([
    organisationRepository.namesById(db, bids.map((bid) => bid.lead_org_id)),
    evaluationUserRepository.namesById(db, ranked.flatMap((item) => item.scores.map((score) => score.expert_user_id))),
  ]);
  return {
    challengeId: challenge.id,
    panel: panel
      ? { id: panel.id, status: panel.status as PanelStatus, minScoresPerBid: policy.review.minScoresPerBid, disagreementThreshold: policy.review.disagreementThreshold, rubric: panel.rubric as RubricCriterion[] }
      : null,
    items: ranked.map((item) => ({
      rank: item.rank,
      bidId: item.bidId,
      title: item.bid.title,
      leadOrgName: orgNames.get(item.bid.lead_org_id) ?? '',
      status: item.bid.status,
      submittedAt: item.bid.submitted_at?.toISOString() ?? null,
      scoreCount: item.aggregate.count,
      mean: item.aggregate.mean,
      trimmedMean: item.aggregate.trimmedMean,
      min: item.aggregate.min,
      max: item.aggregate.max,
      spread: item.aggregate.spread,
      disagreement: item.aggregate.disagreement,
      scores: item.scores.map((score) => ({
        expertUserId: score.expert_user_id,
        expertName: expertNames.get(score.expert_user_id) ?? '',
        total: score.total,
        criterionScores: score.criterion_scores as Record<string, number>,
        comment: score.comment,
        submittedAt: score.submitted_at.toISOString(),
      })),
    })),
    actions: panel && challenge.status === 'under_review' && bids.some((bid) => bid.status === 'under_review') ? panelActions(ctx.actor, { status: panel.status as PanelStatus, programme: programmeRef }).filter((action) => action === 'shortlist') : [],
  };
}
