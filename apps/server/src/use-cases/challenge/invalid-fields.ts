import { DomainError, type FieldIssue } from '@jiebang/domain';

/**
 * Throws VALIDATION_FAILED for every issue, with paths named as the client sent them (`body.maxWinners`), the
 * same form the schema validation uses, so a form marks fields the same way whichever check caught them.
 */
export function throwIfInvalid(issues: readonly FieldIssue[], prefix: string): void {
  if (issues.length === 0) return;
  const named = issues.map((issue) => ({ path: `${prefix}${issue.path}`, message: issue.message }));
  throw new DomainError('VALIDATION_FAILED', named.map((issue) => `${issue.path}: ${issue.message}`).join('; '), { issues: named });
}
