import { aggregateScores, rankBids, type ReviewPolicy } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';

/**
 * Aggregates the panel's scores per bid (mean, trimmed mean, spread, disagreement) and ranks the bids by merit.
 * Shared by the ranking view and the shortlist so both always agree.
 */
export async function rankBidsOfPanel(db: DbOrTx, panel: Row<'review_panel'> | undefined, bids: readonly Row<'bid'>[], review: ReviewPolicy) {
  const scores = panel ? await reviewRepository.scoresOfPanel(db, panel.id) : [];
  const byBid = new Map<string, Row<'review_score'>[]>();
  for (const score of scores) byBid.set(score.bid_id, [...(byBid.get(score.bid_id) ?? []), score]);
  return rankBids(
    bids.map((bid) => {
      const bidScores = byBid.get(bid.id) ?? [];
      return { bidId: bid.id, submittedAt: bid.submitted_at, bid, scores: bidScores, aggregate: aggregateScores(bidScores.map((score) => score.total), review.disagreementThreshold) };
    }),
  );
}
