import { invalidField } from './domain-error.ts';

/**
 * Money is an integer number of fen (分, 1/100 yuan). Never a float: every amount that crosses the
 * API, the database (BIGINT) or a formula is a safe integer of fen. Rates are basis points (1 bp = 0.01%).
 */
export type Fen = number;
export type BasisPoints = number;

export const FEN_PER_YUAN = 100;
export const BASIS_POINTS_WHOLE = 10_000;

export const yuan = (amountYuan: number): Fen => {
  const fen = Math.round(amountYuan * FEN_PER_YUAN);
  assertFen(fen, 'amount');
  return fen;
};

export function assertFen(value: number, path: string): asserts value is Fen {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalidField(path, 'must be a non-negative whole number of fen');
  }
}

/**
 * `base × rate`, rounded down to the fen. Rounding down is deliberate: a subsidy must never exceed the
 * published rate, and the result is exact because the product stays well inside 2^53 for any real amount.
 */
export const applyRate = (base: Fen, rate: BasisPoints): Fen => {
  const product = base * rate;
  if (!Number.isSafeInteger(product)) throw invalidField('amount', 'is too large to compute exactly');
  return Math.floor(product / BASIS_POINTS_WHOLE);
};

/** Splits `total` by basis-point shares; the last share takes the rounding remainder so parts sum to total. */
export const splitByShares = (total: Fen, shares: readonly BasisPoints[]): Fen[] => {
  let allocated = 0;
  return shares.map((share, index) => {
    if (index === shares.length - 1) return total - allocated;
    const part = applyRate(total, share);
    allocated += part;
    return part;
  });
};

/** "¥1,234,567.89" style, for CLI output and messages; the UI formats with Intl in Asia/Shanghai locale. */
export const formatYuan = (fen: Fen): string =>
  `¥${(fen / FEN_PER_YUAN).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
