import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../programme/policy.ts';
import { aggregateScores, assertCriterionScores, rankBids, weightedTotal } from './scoring.ts';

const full = { technical_route: 90, team_capability: 80, indicator_commitment: 70, budget_soundness: 60 };

describe('weighted total', () => {
  it('weights each criterion by weightBp / 10000', () => {
    // 90×0.4 + 80×0.3 + 70×0.2 + 60×0.1 = 36 + 24 + 14 + 6
    expect(weightedTotal(DEFAULT_RUBRIC, full)).toBe(80);
  });

  it('rounds to hundredths without float noise', () => {
    const rubric = [
      { key: 'a', label: 'A', weightBp: 3333 },
      { key: 'b', label: 'B', weightBp: 6667 },
    ];
    expect(weightedTotal(rubric, { a: 77.7, b: 81 })).toBe(79.9);
    expect(weightedTotal(rubric, { a: 100, b: 100 })).toBe(100);
  });
});

describe('criterion scores', () => {
  it('accepts a complete sheet', () => {
    expect(() => assertCriterionScores(DEFAULT_RUBRIC, full)).not.toThrow();
  });

  it('names the missing criterion', () => {
    const { budget_soundness: _omitted, ...partial } = full;
    expect(() => assertCriterionScores(DEFAULT_RUBRIC, partial)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.criterionScores.budget_soundness' })] } }),
    );
  });

  it('names an out-of-range or unknown criterion', () => {
    expect(() => assertCriterionScores(DEFAULT_RUBRIC, { ...full, team_capability: 101 })).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.criterionScores.team_capability' })] } }),
    );
    expect(() => assertCriterionScores(DEFAULT_RUBRIC, { ...full, charisma: 50 })).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.criterionScores.charisma' })] } }),
    );
  });
});

describe('score aggregation', () => {
  it('is empty without scores', () => {
    expect(aggregateScores([], 25)).toEqual({ count: 0, mean: null, trimmedMean: null, min: null, max: null, spread: null, disagreement: false });
  });

  it('keeps the plain mean as trimmed mean below three scores', () => {
    expect(aggregateScores([80, 70], 25)).toMatchObject({ count: 2, mean: 75, trimmedMean: 75, spread: 10, disagreement: false });
  });

  it('drops one highest and one lowest for the trimmed mean from three scores on', () => {
    const aggregate = aggregateScores([95, 70, 72, 40], 25);
    expect(aggregate).toMatchObject({ count: 4, mean: 69.25, trimmedMean: 71, min: 40, max: 95, spread: 55 });
  });

  it('flags disagreement only when the spread exceeds the threshold', () => {
    expect(aggregateScores([60, 85], 25).disagreement).toBe(false);
    expect(aggregateScores([60, 85.5], 25).disagreement).toBe(true);
  });
});

describe('ranking', () => {
  const bid = (bidId: string, totals: number[], submittedAt: string | null) => ({ bidId, submittedAt: submittedAt ? new Date(submittedAt) : null, aggregate: aggregateScores(totals, 25) });

  it('orders by mean descending', () => {
    const ranked = rankBids([bid('a', [70, 72], '2026-03-01T00:00:00Z'), bid('b', [88, 90], '2026-03-02T00:00:00Z'), bid('c', [80], '2026-03-03T00:00:00Z')]);
    expect(ranked.map((r) => [r.bidId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('breaks a tie by earlier submission, and puts unscored bids last', () => {
    const ranked = rankBids([bid('late', [80, 80], '2026-03-05T00:00:00Z'), bid('none', [], '2026-03-01T00:00:00Z'), bid('early', [70, 90], '2026-03-04T00:00:00Z')]);
    expect(ranked.map((r) => r.bidId)).toEqual(['early', 'late', 'none']);
  });
});
