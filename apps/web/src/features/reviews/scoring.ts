import type { RubricCriterion } from './types';

/**
 * The weighted total for display while the expert types: Σ score × weight / 10000, to two decimals, as the server
 * computes it (the server's figure is the one stored).
 */
export function weightedTotal(rubric: readonly RubricCriterion[], scores: Readonly<Record<string, number | null>>): number {
  const weighted = rubric.reduce((sum, criterion) => sum + (scores[criterion.key] ?? 0) * criterion.weightBp, 0);
  return Math.round(weighted / 100) / 100;
}

export const isComplete = (rubric: readonly RubricCriterion[], scores: Readonly<Record<string, number | null>>): boolean =>
  rubric.every((criterion) => typeof scores[criterion.key] === 'number');
