/** 1 万元 = 10,000 yuan = 1,000,000 fen. */
const FEN_PER_WAN = 1_000_000;
const WAN_PATTERN = /^\s*(\d{1,9})(?:\.(\d{0,6}))?\s*$/;
const YUAN_PATTERN = /^\s*(\d{1,13})(?:\.(\d{0,2}))?\s*$/;

/** An amount typed in 万元 → integer fen, exactly, from the digits: "12.3456" → 12345600; null when it is not one. */
export function wanToFen(text: string | number | null | undefined): number | null {
  const match = WAN_PATTERN.exec(String(text ?? ''));
  if (!match) return null;
  return Number(match[1]) * FEN_PER_WAN + Number((match[2] ?? '').padEnd(6, '0'));
}

/** Integer fen → the 万元 text for an input, without trailing zeros: 12345600 → "12.3456". */
export function fenToWan(fen: number): string {
  const whole = Math.trunc(fen / FEN_PER_WAN);
  const fraction = String(fen % FEN_PER_WAN).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** An amount typed in yuan (two decimals at most) → integer fen: "1234.5" → 123450; null when it is not one. */
export function yuanToFen(text: string | number | null | undefined): number | null {
  const match = YUAN_PATTERN.exec(String(text ?? ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A percentage with two decimals at most → basis points, exactly: "33.33" → 3333. */
export function percentToBp(text: string | number | null | undefined): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{0,2}))?\s*$/.exec(String(text ?? ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Basis points → the percentage text for an input: 3333 → "33.33", 5000 → "50". */
export const bpToPercent = (bp: number): string => {
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${Math.trunc(bp / 100)}.${fraction}` : String(Math.trunc(bp / 100));
};
