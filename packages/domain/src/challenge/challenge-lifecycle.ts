import { defineLifecycle } from '../shared/lifecycle.ts';

export const ALLOCATION_MODES = [
  /** 挑战制: open competition, anyone eligible bids, merit review picks the winner(s). */
  'open_challenge',
  /** 认领制: units claim the task; the first eligible claim is taken without a competitive review (Shaanxi Steel). */
  'claim',
  /** 指派制 / 定向委托: the programme designates one organisation, which alone may bid (Shaanxi Steel, Shenyang 定向委托). */
  'direct_assignment',
] as const;
export type AllocationMode = (typeof ALLOCATION_MODES)[number];

export const CHALLENGE_STATUSES = ['drafting', 'internal_review', 'approved', 'published', 'closed', 'under_review', 'awarded', 'no_award', 'cancelled'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const CHALLENGE_EVENTS = ['submit_for_review', 'return_to_drafting', 'approve', 'publish', 'close_bidding', 'start_review', 'award', 'declare_no_award', 'cancel'] as const;
export type ChallengeEvent = (typeof CHALLENGE_EVENTS)[number];

/**
 * 榜单: drafting → internal review → approved → published (open for bids until the deadline) → closed →
 * under review → awarded | no_award (流榜). Cancellation is allowed from any non-terminal status.
 * A `no_award` challenge is re-published as a new version linked to the old one, not re-opened.
 */
export const challengeLifecycle = defineLifecycle<ChallengeStatus, ChallengeEvent>('challenge', CHALLENGE_EVENTS, {
  drafting: { submit_for_review: 'internal_review', cancel: 'cancelled' },
  internal_review: { approve: 'approved', return_to_drafting: 'drafting', cancel: 'cancelled' },
  approved: { publish: 'published', return_to_drafting: 'drafting', cancel: 'cancelled' },
  published: { close_bidding: 'closed', cancel: 'cancelled' },
  closed: { start_review: 'under_review', declare_no_award: 'no_award', cancel: 'cancelled' },
  under_review: { award: 'awarded', declare_no_award: 'no_award', cancel: 'cancelled' },
  awarded: {},
  no_award: {},
  cancelled: {},
});
