import { invalidField } from '../shared/domain-error.ts';
import type { MilestoneDecision } from './contract-lifecycle.ts';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai, which keeps UTC+8 all year (no DST). */
export const shanghaiDateOf = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/**
 * 限期整改 names the date by which the team must report again: required for a remediate decision, meaningless
 * (and refused) for continue or terminate, and only a day after today in Asia/Shanghai is a period to remediate.
 */
export function assertRemediationDueDate(decision: MilestoneDecision, remediationDueDate: string | null | undefined, now: Date, path = 'remediationDueDate'): void {
  if (decision !== 'remediate') {
    if (remediationDueDate != null) throw invalidField(path, 'is only given with a remediate decision');
    return;
  }
  if (remediationDueDate == null) throw invalidField(path, 'is required for a remediate decision (限期整改)');
  const today = shanghaiDateOf(now);
  if (remediationDueDate <= today) throw invalidField(path, `must be after today (${today}, Asia/Shanghai)`);
}
