/**
 * 统一社会信用代码 (GB 32100-2015), checked as the user types.
 *
 * A deliberate copy of packages/domain/src/organisation/uscc.ts: the web app may import the workspace packages for
 * types only (nothing of @jiebang/domain may reach the browser bundle), and this check is too small to be worth a
 * shared runtime package. uscc.test.ts runs the domain's own test vectors so the two cannot drift apart silently;
 * the server stays the authority (it checks again on registration).
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z): registration authority
 * (1), organisation category (1), GB/T 2260 division (6), organisation code body (9), check character (1).
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = 'length' | 'alphabet' | 'check_character';

/** The check character for the first 17 characters, or undefined if one lies outside the alphabet. */
export function usccCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The problem with a USCC, or undefined when it is well-formed with the right check character. */
export function checkUscc(code: string): UsccProblem | undefined {
  if (code.length !== 18) return 'length';
  for (const character of code) if (!USCC_ALPHABET.includes(character)) return 'alphabet';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'check_character';
}

export const isValidUscc = (code: string): boolean => checkUscc(code) === undefined;

/** The GB/T 2260 division code inside a USCC (characters 3–8). */
export const usccRegionCode = (code: string): string => code.slice(2, 8);
