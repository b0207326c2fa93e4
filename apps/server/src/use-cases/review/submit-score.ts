import { assertCriterionScores, assertScoringOpen, DomainError, ruleViolation, weightedTotal, type CriterionScores, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { isUniqueViolation } from '../../repositories/bid.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadBidFor } from '../bid/load-bid.ts';
import { expertProfile } from './add-panel-member.ts';
import { assertOwnSeatAcceptedForBid } from './load-seat.ts';

/**
 * An expert on the challenge's panel scores a bid under review against every rubric criterion. The total is the
 * weighted sum; while scoring is open the expert may revise (one score per bid and expert, replaced in place,
 * each version audited as `review_score.submitted`).
 */
export async function submitScore(ctx: UseCaseContext, bidId: string, input: { criterionScores: CriterionScores; comment: string }): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    await assertOwnSeatAcceptedForBid(trx, bidId, actor.userId);
    const { bid, challenge } = await loadBidFor(trx, ctx, bidId, 'score');
    // A share lock on the panel: experts score side by side, closing the panel waits for them.
    const panel = await reviewRepository.findPanelByChallenge(trx, challenge.id, 'share');
    if (!panel) throw new DomainError('FORBIDDEN', 'This challenge has no review panel', { rule: 'bid.score' });
    assertScoringOpen(panel.status as PanelStatus);
    if (bid.status !== 'under_review') throw ruleViolation('review.bid_not_under_review', `The bid is ${bid.status}; only bids under review are scored`);
    // Recusal (回避) was decided afresh for this bid by loadBidFor: a conflicted expert got 403 before reaching here.
    const expert = await expertProfile(trx, actor.userId);
    if (!expert) throw new DomainError('FORBIDDEN', 'Your account is not active', { rule: 'bid.score' });

    const rubric = panel.rubric as RubricCriterion[];
    assertCriterionScores(rubric, input.criterionScores);
    const total = weightedTotal(rubric, input.criterionScores);
    const now = ctx.deps.now();
    const existing = await reviewRepository.findScoreForUpdate(trx, bid.id, actor.userId);
    const id = existing?.id ?? ctx.deps.newId();
    if (existing) {
      await trx.updateTable('review_score').set({ criterion_scores: JSON.stringify(input.criterionScores), total, comment: input.comment, submitted_at: now }).where('id', '=', existing.id).execute();
    } else {
      try {
        await trx
          .insertInto('review_score')
          .values({ id, tenant_id: bid.tenant_id, panel_id: panel.id, bid_id: bid.id, expert_user_id: actor.userId, criterion_scores: JSON.stringify(input.criterionScores), total, comment: input.comment, submitted_at: now })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('STALE_VERSION', 'Your score for this bid was saved by another request just now; reload and try again', { rule: 'review_score.stale_version' });
        throw error;
      }
    }
    await audit(trx, ctx, {
      tenantId: bid.tenant_id,
      type: 'review_score.submitted',
      aggregateType: 'review_score',
      aggregateId: id,
      payload: { bidId: bid.id, panelId: panel.id, criterionScores: input.criterionScores, total, comment: input.comment, revised: existing !== undefined },
    });
    return id;
  });
}
