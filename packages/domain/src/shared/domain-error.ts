/**
 * The one error vocabulary of Jiebang. Use cases and the domain throw `DomainError`; only the HTTP edge
 * (apps/server/src/http/error-mapper.ts) and the CLI translate codes into status codes or exit codes.
 */
export const DOMAIN_ERROR_CODES = {
  /** Input failed validation; `details.issues` names each failing field path. */
  VALIDATION_FAILED: 'validation',
  /** No valid session: the caller must sign in. */
  UNAUTHENTICATED: 'unauthenticated',
  /** The caller is signed in but holds no grant that allows this action on this object. */
  FORBIDDEN: 'forbidden',
  /** The object does not exist, or exists in a tenant/visibility the caller may not see. */
  NOT_FOUND: 'not_found',
  /** The aggregate's transition table has no edge for this event from its current status. */
  FORBIDDEN_TRANSITION: 'conflict',
  /** Optimistic concurrency: the row changed since the caller read it (another officer acted first). */
  STALE_VERSION: 'conflict',
  /** A business rule (guard predicate or programme policy) refuses the action; `details.rule` says which. */
  RULE_VIOLATION: 'conflict',
  /** A unique fact already exists (one bid per organisation per challenge, a second objection ruling…). */
  DUPLICATE: 'conflict',
  /** Sign-in refused: unknown account or wrong password (deliberately not saying which). */
  INVALID_CREDENTIALS: 'unauthenticated',
  /** An uploaded file over the size limit; `details.issues` names `body`. */
  PAYLOAD_TOO_LARGE: 'too_large',
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_CODES;
export type DomainErrorKind = (typeof DOMAIN_ERROR_CODES)[DomainErrorCode];

export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `members.1.budgetShareBp`. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly kind: DomainErrorKind;
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> & { rule?: string; issues?: FieldIssue[] } = {},
  ) {
    super(message);
    this.kind = DOMAIN_ERROR_CODES[code];
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** Throws VALIDATION_FAILED naming one field. */
export const invalidField = (path: string, message: string): DomainError =>
  new DomainError('VALIDATION_FAILED', `${path}: ${message}`, { issues: [{ path, message }] });

/** Throws RULE_VIOLATION with a stable rule id the client can switch on. */
export const ruleViolation = (rule: string, message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('RULE_VIOLATION', message, { ...details, rule });

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
