/**
 * Money arrives from the API as integer fen (分). These helpers only display it: every figure is derived from the
 * integer with integer arithmetic, and nothing is ever computed from a formatted string.
 */

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`money must be an integer number of fen, got ${fen}`);
}

/** ¥1,234,567.89 — exact; whole-yuan amounts drop the ".00". */
export function formatYuan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}¥${groupThousands(String((abs - cents) / 100))}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

/** Budgets are quoted in 万元 (10,000 yuan) in Chinese and in millions of yuan in English. */
export function budgetUnitFen(language: string): number {
  return language.startsWith('en') ? 100_000_000 : 1_000_000;
}

/** A budget in the language's unit with at most two decimals: 300万元, 12.5万元 / ¥3M, ¥0.12M. */
export function formatBudget(fen: number, language: string): string {
  assertFen(fen);
  const hundredthFen = budgetUnitFen(language) / 100;
  const sign = fen < 0 ? '-' : '';
  // Half-up rounding on the integer quotient: 0.005 万元 shows as 0.01 万元, never as 0.
  const hundredths = Math.floor((Math.abs(fen) + hundredthFen / 2) / hundredthFen);
  const fraction = hundredths % 100;
  const whole = groupThousands(String((hundredths - fraction) / 100));
  const decimals = fraction ? `.${String(fraction).padStart(2, '0').replace(/0$/, '')}` : '';
  return language.startsWith('en') ? `${sign}¥${whole}${decimals}M` : `${sign}${whole}${decimals}万元`;
}

/** Basis points as a percentage: 2000 → "20%", 1250 → "12.5%". */
export function formatBasisPoints(bp: number): string {
  const fraction = bp % 100;
  return `${(bp - fraction) / 100}${fraction ? `.${String(fraction).padStart(2, '0').replace(/0$/, '')}` : ''}%`;
}
