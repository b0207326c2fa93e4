/** 1 万元 = 10,000 yuan = 1,000,000 fen. */
const FEN_PER_WAN = 1_000_000;
const WAN_PATTERN = /^\s*(\d{1,9})(?:\.(\d{0,6}))?\s*$/;

/**
 * An amount typed in 万元 → integer fen, exactly, from the digits (no floating-point multiplication): "12.3456" →
 * 12345600. Blank is 0; null when the text is not a non-negative amount with at most six decimals.
 */
export function wanToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined || String(text).trim() === '') return 0;
  const match = WAN_PATTERN.exec(String(text));
  if (!match) return null;
  return Number(match[1]) * FEN_PER_WAN + Number((match[2] ?? '').padEnd(6, '0'));
}

/** Integer fen → the 万元 text for an input, without trailing zeros: 12345600 → "12.3456". */
export function fenToWan(fen: number): string {
  const whole = Math.trunc(fen / FEN_PER_WAN);
  const fraction = String(fen % FEN_PER_WAN).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
