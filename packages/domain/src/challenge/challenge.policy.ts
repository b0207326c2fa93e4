import { actsForOrganisation, isProgrammeOfficer, type Caller } from '../access/roles.ts';
import { ruleViolation, type FieldIssue } from '../shared/domain-error.ts';
import type { NoticeStatus } from '../notice/notice-lifecycle.ts';
import type { SelectionPolicy } from '../programme/policy.ts';
import { challengeLifecycle, type AllocationMode, type ChallengeEvent, type ChallengeStatus } from './challenge-lifecycle.ts';

/** What the public (no session) may see in the challenge hall: from publication on, including 流榜. */
export const PUBLIC_CHALLENGE_STATUSES = ['published', 'closed', 'under_review', 'awarded', 'no_award'] as const satisfies readonly ChallengeStatus[];
export type PublicChallengeStatus = (typeof PUBLIC_CHALLENGE_STATUSES)[number];

export const isChallengePublic = (status: ChallengeStatus): boolean => (PUBLIC_CHALLENGE_STATUSES as readonly ChallengeStatus[]).includes(status);

/** `bid`: the caller may draft a bid (揭榜) on it now, for one of the organisations they act for as bidder staff. */
export type ChallengeAction = ChallengeEvent | 'view' | 'edit' | 'republish' | 'bid';

export interface ChallengePolicySubject {
  status: ChallengeStatus;
  programme: { id: string; tenantId: string };
  /** The organisation whose need the challenge was built from; its staff follow the drafting. */
  demanderOrgId?: string | null | undefined;
  /** A later version already exists (a 流榜 challenge is re-published once, as the next version). */
  hasNewerVersion?: boolean;
  /** With `now`: `close_bidding` is offered only once this deadline has passed (as the use case requires). */
  bidDeadline?: Date | null | undefined;
  now?: Date | undefined;
  /**
   * Status of the latest public notice (公示) that was not withdrawn, null without one: `award` is offered only
   * when it is closed. Left out (a list row), the award is not offered.
   */
  latestNoticeStatus?: NoticeStatus | null | undefined;
  /**
   * Whether an organisation the caller acts for as bidder staff already has a bid on this challenge (one bid per
   * organisation per challenge). Left out (a list row, or not looked up), `bid` is not offered.
   */
  callerHasBid?: boolean | undefined;
  /** With `bid`: 定向委托 takes a bid only from its designated organisation, 认领制 none once a claim is taken. */
  allocationMode?: AllocationMode | undefined;
  designatedOrgId?: string | null | undefined;
  claimTaken?: boolean | undefined;
}

/** Bidder staff (揭榜单位) of at least one organisation: the people who may start a bid. */
export const isBidderStaff = (actor: Caller): boolean => actor?.grants.some((grant) => grant.role === 'bidder_org' && grant.organisationId !== null) ?? false;

/**
 * Whether the caller's role allows an action on a challenge. Before publication only the programme office and
 * the demander whose need it came from may read it; every step is the programme officers' (award included: the award use case decides
 * on the winners, this only says an officer may do it). Whether the challenge's state allows the action is
 * the lifecycle's and the use case's concern (409, not 403); `challengeActions` combines both.
 */
export function canOnChallenge(actor: Caller, action: ChallengeAction, challenge: ChallengePolicySubject): boolean {
  // Bidding is for bidder staff, never an officer's step: officers do not compete on their own challenges.
  if (action === 'bid') return isBidderStaff(actor);
  const isOfficer = isProgrammeOfficer(actor, challenge.programme);
  if (action !== 'view') return isOfficer;
  const isDemander = challenge.demanderOrgId ? actsForOrganisation(actor, challenge.demanderOrgId, ['demander']) : false;
  return isChallengePublic(challenge.status) || isOfficer || isDemander;
}

/** Edits are made while drafting; a 流榜 challenge is re-published once, as its next version. */
export const isChallengeEditable = (status: ChallengeStatus): boolean => status === 'drafting';
export const isChallengeRepublishable = (challenge: { status: ChallengeStatus; hasNewerVersion?: boolean | undefined }): boolean =>
  challenge.status === 'no_award' && !challenge.hasNewerVersion;

/** Published with a deadline still ahead (the same facts `assertBiddingOpen` checks when the bid is created). */
const isOpenForBids = (challenge: ChallengePolicySubject): boolean =>
  challenge.status === 'published' && challenge.now !== undefined && (challenge.bidDeadline === null || (challenge.bidDeadline !== undefined && challenge.now.getTime() < challenge.bidDeadline.getTime()));

/** The allocation facts `assertAllocationAllows` checks on creation, for the caller's organisations. */
const allocationAllowsCaller = (actor: Caller, challenge: ChallengePolicySubject): boolean => {
  if (challenge.allocationMode === 'direct_assignment') return challenge.designatedOrgId ? actsForOrganisation(actor, challenge.designatedOrgId, ['bidder_org']) : false;
  if (challenge.allocationMode === 'claim') return challenge.claimTaken === false;
  return true;
};

/** Whether bidding may be closed now: the deadline has passed (or there is none). */
export const isBiddingClosable = (challenge: { bidDeadline: Date | null }, now: Date): boolean => challenge.bidDeadline === null || challenge.bidDeadline.getTime() <= now.getTime();

/**
 * The actions to offer this caller now: allowed by the role, the transition table and the state, and for the
 * steps with a guard of their own (closing bidding, the award) by the facts that guard checks.
 */
export function challengeActions(actor: Caller, challenge: ChallengePolicySubject): ChallengeAction[] {
  const candidates: ChallengeAction[] = [
    ...(isChallengeEditable(challenge.status) ? (['edit'] as const) : []),
    ...challengeLifecycle.eventsFrom(challenge.status),
    ...(isChallengeRepublishable(challenge) ? (['republish'] as const) : []),
    'bid',
  ];
  const guardAllows = (action: ChallengeAction): boolean => {
    if (action === 'close_bidding') return challenge.now !== undefined && challenge.bidDeadline !== undefined && isBiddingClosable({ bidDeadline: challenge.bidDeadline }, challenge.now);
    if (action === 'award') return challenge.latestNoticeStatus === 'closed';
    if (action === 'bid') return isOpenForBids(challenge) && challenge.callerHasBid === false && allocationAllowsCaller(actor, challenge);
    return true;
  };
  return candidates.filter((action) => canOnChallenge(actor, action, challenge) && guardAllows(action));
}

/** 发榜 needs a deadline still ahead and a real budget: a challenge without either cannot be bid on. */
export function assertPublishable(challenge: { bidDeadline: Date | null; budgetFen: number }, now: Date): void {
  if (challenge.bidDeadline === null || challenge.bidDeadline.getTime() <= now.getTime() || challenge.budgetFen <= 0) {
    throw ruleViolation('challenge.publish_requires_deadline_and_budget', 'A challenge is published only with a bid deadline in the future and a budget above 0', {
      bidDeadline: challenge.bidDeadline?.toISOString() ?? null,
      budgetFen: challenge.budgetFen,
    });
  }
}

/** Bidding closes only once the published deadline has passed: closing early would shut out bidders. */
export function assertBiddingClosable(challenge: { bidDeadline: Date | null }, now: Date): void {
  if (!isBiddingClosable(challenge, now) && challenge.bidDeadline !== null) {
    throw ruleViolation('challenge.deadline_not_reached', `Bidding stays open until ${challenge.bidDeadline.toISOString()}`, { bidDeadline: challenge.bidDeadline.toISOString() });
  }
}

export interface AllocationTerms {
  allocationMode: AllocationMode;
  designatedOrgId: string | null;
  maxWinners: number;
}

/**
 * Consistency of how the challenge is allocated (paths relative to the challenge). 指派制 names its one
 * organisation; 认领制 and 指派制 have a single winner; several winners (赛马制) stay within the programme's cap.
 */
export function allocationIssues(terms: AllocationTerms, selection?: SelectionPolicy): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (terms.allocationMode === 'direct_assignment' && !terms.designatedOrgId) {
    issues.push({ path: 'designatedOrgId', message: 'is required when allocationMode is direct_assignment' });
  }
  if (terms.allocationMode !== 'direct_assignment' && terms.designatedOrgId) {
    issues.push({ path: 'designatedOrgId', message: 'is only allowed when allocationMode is direct_assignment' });
  }
  if (terms.allocationMode !== 'open_challenge' && terms.maxWinners > 1) {
    issues.push({ path: 'maxWinners', message: `${terms.allocationMode} has a single winner; race mode (maxWinners > 1) needs open_challenge` });
  }
  if (selection && terms.maxWinners > selection.maxWinners) {
    issues.push({ path: 'maxWinners', message: `the programme allows at most ${selection.maxWinners} winner(s) per challenge` });
  }
  return issues;
}
