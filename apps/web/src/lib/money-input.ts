/**
 * What a form field holds ↔ the API's integers, exactly: amounts are parsed from their digits (never multiplied
 * in floating point), so "0.29" 万元 is 290,000 fen, not 289,999.99…
 */
type Typed = string | number | null | undefined;

/** 1 万元 = 10,000 yuan = 1,000,000 fen. */
const FEN_PER_WAN = 1_000_000;
const WAN_PATTERN = /^\s*(\d{1,9})(?:\.(\d{0,6}))?\s*$/;
const YUAN_PATTERN = /^\s*(\d{1,13})(?:\.(\d{0,2}))?\s*$/;

const isBlank = (text: Typed): text is null | undefined | '' => text === null || text === undefined || String(text).trim() === '';

/**
 * An amount typed in 万元 → integer fen: "12.3456" → 12345600. Null when the text is not a non-negative amount with
 * at most six decimals (a fen is 0.000001 万元). A blank field is null too, unless `blank` says what it means
 * (`{ blank: 0 }` where an empty field is no money, `{ blank: undefined }` where it is "not given").
 */
export function wanToFen(text: Typed): number | null;
export function wanToFen<Blank>(text: Typed, options: { blank: Blank }): number | null | Blank;
export function wanToFen<Blank>(text: Typed, options?: { blank: Blank }): number | null | Blank {
  if (isBlank(text)) return options ? options.blank : null;
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

/** An amount typed in yuan (two decimals at most) → integer fen: "1234.5" → 123450; null when it is not one (or blank). */
export function yuanToFen(text: Typed): number | null {
  const match = YUAN_PATTERN.exec(String(text ?? ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
