import { describe, expect, it } from 'vitest';
import { fenToWan, wanToFen, yuanToFen } from './money-input';

describe('万元 ↔ fen', () => {
  it('converts exactly from the digits', () => {
    expect(wanToFen('120')).toBe(120_000_000);
    expect(wanToFen('12.3456')).toBe(12_345_600);
    expect(wanToFen('0.000001')).toBe(1);
    expect(wanToFen('0.29')).toBe(290_000); // 0.29 * 1e6 is 289999.99999999994 in floating point
    expect(wanToFen(0.1)).toBe(100_000);
  });

  it('refuses what is not an amount', () => {
    expect(wanToFen('-1')).toBeNull();
    expect(wanToFen('1.0000001')).toBeNull();
    expect(wanToFen('abc')).toBeNull();
    expect(wanToFen('1234567890')).toBeNull();
  });

  it('reads a blank field as the caller says: not an amount by default, else no money or not given', () => {
    for (const blank of ['', '  ', null, undefined]) {
      expect(wanToFen(blank)).toBeNull();
      expect(wanToFen(blank, { blank: 0 })).toBe(0);
      expect(wanToFen(blank, { blank: undefined })).toBeUndefined();
    }
    expect(wanToFen('abc', { blank: 0 })).toBeNull();
    expect(wanToFen('3', { blank: undefined })).toBe(3_000_000);
  });

  it('round-trips', () => {
    for (const fen of [0, 1, 290_000, 12_345_600, 120_000_000]) expect(wanToFen(fenToWan(fen))).toBe(fen);
  });
});

describe('yuan → fen', () => {
  it('converts two decimals at most, exactly', () => {
    expect(yuanToFen('1234.5')).toBe(123_450);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen(' 8 ')).toBe(800);
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen(null)).toBeNull();
  });
});
