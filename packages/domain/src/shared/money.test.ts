import { describe, expect, it } from 'vitest';
import { applyRate, assertFen, formatYuan, splitByShares, yuan } from './money.ts';

describe('money in fen', () => {
  it('converts yuan to fen exactly', () => {
    expect(yuan(10_000_000)).toBe(1_000_000_000);
    expect(yuan(0.1 + 0.2)).toBe(30);
  });

  it('applies basis-point rates rounding down', () => {
    expect(applyRate(1_000, 3333)).toBe(333);
    expect(applyRate(yuan(20_000_000), 2000)).toBe(yuan(4_000_000));
  });

  it('splits a total by shares with the remainder in the last part', () => {
    const parts = splitByShares(100_001, [3000, 3000, 4000]);
    expect(parts).toEqual([30_000, 30_000, 40_001]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100_001);
  });

  it('refuses negative, fractional and unsafe amounts', () => {
    expect(() => assertFen(-1, 'budgetFen')).toThrow(/budgetFen/);
    expect(() => assertFen(1.5, 'budgetFen')).toThrow(/whole number/);
    expect(() => applyRate(Number.MAX_SAFE_INTEGER, 10_000)).toThrow(/too large/);
  });

  it('formats for people', () => {
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89');
  });
});
