import { describe, expect, it } from 'vitest';
import { assertRemediationDueDate, shanghaiDateOf } from './milestone-review.ts';

const issueAt = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string; details: { issues: { path: string }[] } }).details.issues.map((issue) => issue.path).concat((error as { code: string }).code);
  }
  return [];
};

describe('限期整改 deadline', () => {
  it('reads today in Asia/Shanghai, not UTC', () => {
    expect(shanghaiDateOf(new Date('2026-03-02T15:59:59Z'))).toBe('2026-03-02');
    expect(shanghaiDateOf(new Date('2026-03-02T16:00:00Z'))).toBe('2026-03-03');
  });

  it('requires a date after today for a remediate decision', () => {
    const lateEvening = new Date('2026-03-02T17:00:00Z'); // 2026-03-03 01:00 in Shanghai
    expect(issueAt(() => assertRemediationDueDate('remediate', undefined, lateEvening))).toEqual(['remediationDueDate', 'VALIDATION_FAILED']);
    expect(issueAt(() => assertRemediationDueDate('remediate', '2026-03-03', lateEvening))).toEqual(['remediationDueDate', 'VALIDATION_FAILED']);
    expect(issueAt(() => assertRemediationDueDate('remediate', '2026-03-02', lateEvening))).toEqual(['remediationDueDate', 'VALIDATION_FAILED']);
    expect(() => assertRemediationDueDate('remediate', '2026-03-04', lateEvening)).not.toThrow();
  });

  it('refuses a deadline with continue or terminate', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    expect(issueAt(() => assertRemediationDueDate('continue', '2026-04-01', now))).toEqual(['remediationDueDate', 'VALIDATION_FAILED']);
    expect(issueAt(() => assertRemediationDueDate('terminate', '2026-04-01', now))).toEqual(['remediationDueDate', 'VALIDATION_FAILED']);
    expect(() => assertRemediationDueDate('continue', null, now)).not.toThrow();
    expect(() => assertRemediationDueDate('terminate', undefined, now)).not.toThrow();
  });

  it('names the field at the path the caller gives', () => {
    expect(issueAt(() => assertRemediationDueDate('remediate', null, new Date('2026-03-02T01:00:00Z'), 'body.remediationDueDate'))).toEqual(['body.remediationDueDate', 'VALIDATION_FAILED']);
  });
});
