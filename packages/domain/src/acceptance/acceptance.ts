import { defineLifecycle } from '../shared/lifecycle.ts';
import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import type { Indicator } from '../challenge/indicator.ts';

export const ACCEPTANCE_VERDICTS = ['passed', 'passed_with_conditions', 'failed'] as const;
export type AcceptanceVerdict = (typeof ACCEPTANCE_VERDICTS)[number];

export const ACCEPTANCE_STATUSES = ['open', 'concluded'] as const;
export type AcceptanceStatus = (typeof ACCEPTANCE_STATUSES)[number];
export const ACCEPTANCE_EVENTS = ['conclude'] as const;
export type AcceptanceEvent = (typeof ACCEPTANCE_EVENTS)[number];

export const acceptanceLifecycle = defineLifecycle<AcceptanceStatus, AcceptanceEvent>('acceptance', ACCEPTANCE_EVENTS, {
  open: { conclude: 'concluded' },
  concluded: {},
});

/**
 * 验收 is against each indicator frozen in the contract: every one must have a verdict; any failed indicator
 * fails the project, any conditional one makes the whole conditional.
 */
export function acceptanceOutcome(indicators: readonly Pick<Indicator, 'key'>[], verdicts: ReadonlyMap<string, AcceptanceVerdict>): AcceptanceVerdict {
  const missing = indicators.filter((indicator) => !verdicts.has(indicator.key)).map((indicator) => indicator.key);
  if (missing.length > 0) {
    throw ruleViolation('acceptance.verdicts_missing', `Every indicator needs a verdict; missing: ${missing.join(', ')}`, { missing });
  }
  const all = [...verdicts.values()];
  if (all.includes('failed')) return 'failed';
  if (all.includes('passed_with_conditions')) return 'passed_with_conditions';
  return 'passed';
}

export function assertIndicatorKnown(indicators: readonly Pick<Indicator, 'key'>[], key: string, path = 'indicatorKey'): void {
  if (!indicators.some((indicator) => indicator.key === key)) throw invalidField(path, `"${key}" is not an indicator of this contract`);
}

export const PAYOUT_STATUSES = ['computed', 'approved', 'paid', 'cancelled'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];
export const PAYOUT_EVENTS = ['approve', 'pay', 'cancel'] as const;
export type PayoutEvent = (typeof PAYOUT_EVENTS)[number];

/** 成果兑现: computed from the policy, approved by the owner, then paid (once: idempotency key per contract and scheme). */
export const payoutLifecycle = defineLifecycle<PayoutStatus, PayoutEvent>('payout', PAYOUT_EVENTS, {
  computed: { approve: 'approved', cancel: 'cancelled' },
  approved: { pay: 'paid', cancel: 'cancelled' },
  paid: {},
  cancelled: {},
});
