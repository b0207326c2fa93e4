import { describe, expect, it } from 'vitest';
import { fenToWan, wanToFen } from './money-input';

describe('万元 ↔ fen', () => {
  it('converts exactly from the digits', () => {
    expect(wanToFen('120')).toBe(120_000_000);
    expect(wanToFen('12.3456')).toBe(12_345_600);
    expect(wanToFen('0.000001')).toBe(1);
    expect(wanToFen('0.29')).toBe(290_000); // 0.29 * 1e6 is 289999.99999999994 in floating point
    expect(wanToFen('')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    expect(wanToFen('-1')).toBeNull();
    expect(wanToFen('1.0000001')).toBeNull();
    expect(wanToFen('abc')).toBeNull();
  });

  it('round-trips', () => {
    for (const fen of [0, 1, 290_000, 12_345_600, 120_000_000]) expect(wanToFen(fenToWan(fen))).toBe(fen);
  });
});
