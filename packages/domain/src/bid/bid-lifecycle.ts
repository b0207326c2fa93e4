import { defineLifecycle } from '../shared/lifecycle.ts';

export const BID_STATUSES = ['draft', 'submitted', 'eligibility_check', 'returned', 'ineligible', 'under_review', 'shortlisted', 'selected', 'not_selected', 'withdrawn'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export const BID_EVENTS = ['submit', 'start_eligibility_check', 'pass_eligibility', 'fail_eligibility', 'return_for_revision', 'shortlist', 'reject', 'select', 'withdraw'] as const;
export type BidEvent = (typeof BID_EVENTS)[number];

/**
 * 揭榜申请: draft → submitted → eligibility check (形式审查) → under review → shortlisted (入围) → selected (揭榜成功),
 * or returned for revision, ineligible, not selected, withdrawn by the bidder before review ends.
 */
export const bidLifecycle = defineLifecycle<BidStatus, BidEvent>('bid', BID_EVENTS, {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { start_eligibility_check: 'eligibility_check', withdraw: 'withdrawn' },
  eligibility_check: { pass_eligibility: 'under_review', fail_eligibility: 'ineligible', return_for_revision: 'returned' },
  returned: { submit: 'submitted', withdraw: 'withdrawn' },
  under_review: { shortlist: 'shortlisted', reject: 'not_selected', withdraw: 'withdrawn' },
  shortlisted: { select: 'selected', reject: 'not_selected', withdraw: 'withdrawn' },
  selected: {},
  ineligible: {},
  not_selected: {},
  withdrawn: {},
});
