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
