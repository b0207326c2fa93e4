import { assertNever } from '../shared/domain-error.ts';
import { defineLifecycle } from '../shared/lifecycle.ts';

export const FAILURE_FINDINGS = ['diligent_failure', 'negligent_failure', 'misconduct'] as const;
export type FailureFinding = (typeof FAILURE_FINDINGS)[number];

export const FAILURE_REVIEW_STATUSES = ['open', 'decided'] as const;
export type FailureReviewStatus = (typeof FAILURE_REVIEW_STATUSES)[number];
export const FAILURE_REVIEW_EVENTS = ['decide'] as const;
export type FailureReviewEvent = (typeof FAILURE_REVIEW_EVENTS)[number];

/** 宽容失败: a failed or terminated project is judged from its original records. */
export const failureReviewLifecycle = defineLifecycle<FailureReviewStatus, FailureReviewEvent>('failure_review', FAILURE_REVIEW_EVENTS, {
  open: { decide: 'decided' },
  decided: {},
});

export type IntegritySeverity = 'negligence' | 'misconduct';

/**
 * 科学技术进步法 Art. 68 and Shanghai Art. 45: a diligent failure is exempt (免责) and leaves no negative
 * record, so it must never create an integrity record or block a future bid. Only negligence and misconduct do.
 */
export function integrityConsequence(finding: FailureFinding): { severity: IntegritySeverity; years: number } | null {
  switch (finding) {
    case 'diligent_failure':
      return null;
    case 'negligent_failure':
      return { severity: 'negligence', years: 1 };
    case 'misconduct':
      return { severity: 'misconduct', years: 3 };
    default:
      return assertNever(finding, 'failure finding');
  }
}
