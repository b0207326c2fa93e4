/** 1 万元 = 10,000 yuan = 1,000,000 fen. */
const FEN_PER_WAN = 1_000_000;
const WAN_PATTERN = /^\s*(\d{1,9})(?:\.(\d{0,6}))?\s*$/;

/**
 * An amount typed in 万元 → integer fen, exactly, from the digits (no floating-point multiplication): "12.3456" →
 * 12345600. Undefined for an empty field, null when the text is not an amount with at most six decimals.
 */
export function wanToFen(text: string | null | undefined): number | null | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const match = WAN_PATTERN.exec(text);
  if (!match) return null;
  return Number(match[1]) * FEN_PER_WAN + Number((match[2] ?? '').padEnd(6, '0'));
}
