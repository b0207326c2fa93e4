import { panelActions, REVIEWED_BID_STATUSES, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import { bidRepository, evaluationUserRepository } from '../../repositories/bid.repository.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
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
  // Only officers get here (loadChallengeAsOfficer). While the challenge is under review they form the panel
  // (not for 认领制: the formal check shortlists the claim), shortlist once it is closed, and publish the result (公示) when bids are shortlisted and no notice is open.
  const noticeOpen = (await noticeRepository.listByChallenge(db, challenge.id)).some((notice) => notice.status === 'open');
  const actions: string[] =
    challenge.status !== 'under_review'
      ? []
      : [
          ...(panel || challenge.allocation_mode === 'claim' ? [] : ['form_panel']),
          ...(panel && bids.some((bid) => bid.status === 'under_review') ? panelActions(ctx.actor, { status: panel.status as PanelStatus, programme: programmeRef }).filter((action) => action === 'shortlist') : []),
          ...(!noticeOpen && bids.some((bid) => bid.status === 'shortlisted') ? ['publish_notice'] : []),
        ];
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
    actions,
  };
}
