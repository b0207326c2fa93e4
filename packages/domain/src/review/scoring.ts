import type { RubricCriterion } from '../programme/policy.ts';
import { invalidField } from '../shared/domain-error.ts';
import { BASIS_POINTS_WHOLE } from '../shared/money.ts';

/** One expert's scores for one bid: criterion key → 0..100. */
export type CriterionScores = Record<string, number>;

export const MIN_CRITERION_SCORE = 0;
export const MAX_CRITERION_SCORE = 100;

/** Rounds to hundredths: totals are shown and stored at two decimals, and rounding once here keeps every reader equal. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The expert scores every criterion of the rubric, each on 0..100, and nothing outside it. */
export function assertCriterionScores(rubric: readonly RubricCriterion[], scores: CriterionScores, path = 'body.criterionScores'): void {
  const keys = new Set(rubric.map((criterion) => criterion.key));
  for (const key of Object.keys(scores)) {
    if (!keys.has(key)) throw invalidField(`${path}.${key}`, 'is not a criterion of this panel’s rubric');
  }
  for (const criterion of rubric) {
    const value = scores[criterion.key];
    if (value === undefined) throw invalidField(`${path}.${criterion.key}`, `is required (${criterion.label})`);
    if (!Number.isFinite(value) || value < MIN_CRITERION_SCORE || value > MAX_CRITERION_SCORE) {
      throw invalidField(`${path}.${criterion.key}`, `must be between ${MIN_CRITERION_SCORE} and ${MAX_CRITERION_SCORE}`);
    }
  }
}

/** Σ score × weightBp / 10000: a 0..100 total, weighted as the rubric says. */
export function weightedTotal(rubric: readonly RubricCriterion[], scores: CriterionScores): number {
  const weighted = rubric.reduce((sum, criterion) => sum + (scores[criterion.key] ?? 0) * criterion.weightBp, 0);
  return round2(weighted / BASIS_POINTS_WHOLE);
}

export interface ScoreAggregate {
  count: number;
  mean: number | null;
  /**
   * The mean without the single highest and single lowest total, once there are at least 3 scores: one
   * outlying expert (too kind or too harsh) cannot decide the result alone. Equals the mean below 3 scores.
   */
  trimmedMean: number | null;
  min: number | null;
  max: number | null;
  /** max − min of the experts' totals. */
  spread: number | null;
  /** Spread above the programme's threshold: the officer should look at (or discuss) this bid before ranking. */
  disagreement: boolean;
}

export function aggregateScores(totals: readonly number[], disagreementThreshold: number): ScoreAggregate {
  if (totals.length === 0) return { count: 0, mean: null, trimmedMean: null, min: null, max: null, spread: null, disagreement: false };
  const sorted = [...totals].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, total) => sum + total, 0) / sorted.length;
  const trimmed = sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  const trimmedMean = trimmed.reduce((sum, total) => sum + total, 0) / trimmed.length;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const spread = round2(max - min);
  return { count: sorted.length, mean: round2(mean), trimmedMean: round2(trimmedMean), min, max, spread, disagreement: spread > disagreementThreshold };
}

export interface RankableBid {
  bidId: string;
  submittedAt: Date | null;
  aggregate: ScoreAggregate;
}

export type RankedBid<T extends RankableBid> = T & { rank: number };

/**
 * Merit order: mean total descending; a tie goes to the bid submitted earlier (first come at equal merit, a rule
 * everyone can check). Bids without any score come last, in submission order. Ranks are 1, 2, 3… with no gaps.
 */
export function rankBids<T extends RankableBid>(bids: readonly T[]): RankedBid<T>[] {
  const time = (bid: RankableBid) => bid.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...bids]
    .sort((a, b) => {
      const meanA = a.aggregate.mean ?? Number.NEGATIVE_INFINITY;
      const meanB = b.aggregate.mean ?? Number.NEGATIVE_INFINITY;
      if (meanA !== meanB) return meanB - meanA;
      if (time(a) !== time(b)) return time(a) - time(b);
      return a.bidId < b.bidId ? -1 : a.bidId > b.bidId ? 1 : 0;
    })
    .map((bid, index) => ({ ...bid, rank: index + 1 }));
}
