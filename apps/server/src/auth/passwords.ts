import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

/** OWASP's argon2id baseline (19 MiB, 2 passes): ~65 ms per hash on this hardware. */
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

/**
 * Stored for accounts created without a password (imported experts): not an argon2 PHC string, so verification
 * fails for every input and the account cannot sign in until a password is set.
 */
export const UNUSABLE_PASSWORD_HASH = '!no-password';

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};

/** 等保 level 3 (practice): at least 8 characters with three of upper, lower, digit, symbol. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8) return 'must be at least 8 characters';
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return classes >= 3 ? undefined : 'must contain three of: upper-case, lower-case, digit, symbol';
}
