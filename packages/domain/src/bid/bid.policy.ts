import { actsForOrganisation, hasRole, isProgrammeOfficer, type Caller, type Role } from '../access/roles.ts';
import type { AllocationMode } from '../challenge/challenge-lifecycle.ts';
import type { Indicator } from '../challenge/indicator.ts';
import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import { bidLifecycle, type BidEvent, type BidStatus } from './bid-lifecycle.ts';

export type BidAction = BidEvent | 'view' | 'edit' | 'sign_pi_commitment' | 'check_eligibility' | 'score';

/** Staff of the lead organisation (揭榜单位) hold `bidder_org` for it; staff of members may hold either grant. */
export const LEAD_ROLES: readonly Role[] = ['bidder_org'];
export const MEMBER_ROLES: readonly Role[] = ['bidder_org', 'consortium_member'];

/** Statuses a bid has once it went past the formal check into merit review: what a panel expert may read. */
export const REVIEWED_BID_STATUSES: readonly BidStatus[] = ['under_review', 'shortlisted', 'selected', 'not_selected'];

/** Bids still competing (or already won): their organisations conflict with an expert; they count as a claim. */
export const LIVE_BID_STATUSES: readonly BidStatus[] = ['submitted', 'eligibility_check', 'returned', 'under_review', 'shortlisted', 'selected'];

/** In claim mode (认领制) a claim that passed the formal check takes the challenge. */
export const CLAIM_TAKEN_STATUSES: readonly BidStatus[] = ['under_review', 'shortlisted', 'selected'];

/**
 * A returned bid (退回修改) gets this many days from its return to be revised and resubmitted, even once the
 * bidding deadline has passed: otherwise a bid returned during the formal check after the deadline could never
 * come back. Fixed by the platform, not a programme policy knob, so every bidder is told the same date.
 */
export const RESUBMISSION_DAYS = 7;
const DAY_MS = 86_400_000;

/** Challenge statuses in which the formal check (形式审查) runs, until a shortlist is made. */
export const FORMAL_CHECK_CHALLENGE_STATUSES: readonly string[] = ['published', 'closed', 'under_review'];

/** Facts of the challenge's stage (and of this bid's return) that decide which bid steps are possible now. */
export interface BidStage {
  /** The challenge is published and its bid deadline not reached: drafts may be edited and submitted. */
  biddingOpen: boolean;
  /** The formal check may run: the challenge is published, closed or under review and nothing is shortlisted yet. */
  formalCheckOpen: boolean;
  /** For a returned bid, the last moment it may be resubmitted (its return + RESUBMISSION_DAYS); otherwise null. */
  resubmitBy: Date | null;
  now: Date;
}

export interface BidPolicySubject {
  status: BidStatus;
  leadOrgId: string;
  memberOrgIds: readonly string[];
  piUserId: string;
  programme: { id: string; tenantId: string };
  /** Whether the caller sits on the review panel of the bid's challenge (looked up by the use case). */
  callerOnPanel: boolean;
  stage: BidStage;
}

export const isBiddingOpen = (challenge: { status: string; bidDeadline: Date | null }, now: Date): boolean =>
  challenge.status === 'published' && (challenge.bidDeadline === null || now.getTime() < challenge.bidDeadline.getTime());

export const isFormalCheckOpen = (challenge: { status: string }, shortlistMade: boolean): boolean => FORMAL_CHECK_CHALLENGE_STATUSES.includes(challenge.status) && !shortlistMade;

export const resubmitByOf = (returnedAt: Date): Date => new Date(returnedAt.getTime() + RESUBMISSION_DAYS * DAY_MS);

/** A returned bid still inside its resubmission window (which needs the formal check to be running). */
const inResubmissionWindow = (bid: Pick<BidPolicySubject, 'status' | 'stage'>): boolean =>
  bid.status === 'returned' && bid.stage.formalCheckOpen && bid.stage.resubmitBy !== null && bid.stage.now.getTime() < bid.stage.resubmitBy.getTime();

/**
 * Whether the bid's content may still change and go in: any draft or returned bid while bidding is open, and a
 * returned bid also within its resubmission window. Editing and the PI's signature follow submission: a bid
 * that can never be submitted again has nothing to edit or sign.
 */
export const isSubmissionOpen = (bid: Pick<BidPolicySubject, 'status' | 'stage'>): boolean => bid.stage.biddingOpen || inResubmissionWindow(bid);

/** Refuses (409) a change to a bid's content once it can no longer be submitted, naming why. */
export function assertSubmissionOpen(bid: Pick<BidPolicySubject, 'status' | 'stage'>, challenge: { status: string; bidDeadline: Date | null }): void {
  if (isSubmissionOpen(bid)) return;
  if (bid.status === 'returned' && bid.stage.resubmitBy !== null) {
    throw ruleViolation('bid.resubmission_closed', `The bid was returned for revision; it could be resubmitted until ${bid.stage.resubmitBy.toISOString()} while the formal check ran`, { resubmitBy: bid.stage.resubmitBy.toISOString() });
  }
  if (challenge.status !== 'published') throw ruleViolation('bid.challenge_not_open', `The challenge is ${challenge.status}; bids are taken only while it is published`);
  throw ruleViolation('bid.deadline_passed', `The bid deadline ${challenge.bidDeadline?.toISOString() ?? ''} has passed`);
}

/** The formal check (and returning a bid for revision) runs only in its stage: refused once a shortlist exists or review ended. */
export function assertFormalCheckOpen(stage: Pick<BidStage, 'formalCheckOpen'>, challengeStatus: string): void {
  if (!stage.formalCheckOpen) {
    throw ruleViolation('bid.eligibility_closed', `The formal check runs while the challenge is published, closed or under review and before its shortlist; the challenge is ${challengeStatus}${FORMAL_CHECK_CHALLENGE_STATUSES.includes(challengeStatus) ? ' and already shortlisted' : ''}`);
  }
}

/**
 * Bids the formal check still owes an answer: submitted or in the check, and returned bids that may still be
 * resubmitted. A returned bid whose window has lapsed can never come back, so it does not hold up the shortlist.
 */
export function bidsPendingCheck<T extends { status: string; resubmitBy: Date | null }>(bids: readonly T[], now: Date): T[] {
  return bids.filter((bid) => bid.status === 'submitted' || bid.status === 'eligibility_check' || (bid.status === 'returned' && bid.resubmitBy !== null && now.getTime() < bid.resubmitBy.getTime()));
}

const LEAD_EVENTS: readonly BidEvent[] = ['submit', 'withdraw'];
const EDITABLE: readonly BidStatus[] = ['draft', 'returned'];

export const isLeadStaff = (actor: Caller, bid: Pick<BidPolicySubject, 'leadOrgId'>): boolean => actsForOrganisation(actor, bid.leadOrgId, LEAD_ROLES);

/**
 * Who may do what with a bid. Bidder isolation (jiebang-practice.md): only the bid's own organisations, its PI,
 * the programme's officers and, once it is in merit review, the experts of its panel may even see it.
 */
export function canOnBid(actor: Caller, action: BidAction, bid: BidPolicySubject): boolean {
  const lead = isLeadStaff(actor, bid);
  const officer = isProgrammeOfficer(actor, bid.programme);
  const expert = bid.callerOnPanel && hasRole(actor, 'expert_reviewer');
  switch (action) {
    case 'view': {
      const member = bid.memberOrgIds.some((orgId) => actsForOrganisation(actor, orgId, MEMBER_ROLES));
      const pi = actor !== null && actor.userId === bid.piUserId;
      return lead || member || pi || officer || (expert && REVIEWED_BID_STATUSES.includes(bid.status));
    }
    case 'edit':
      return lead && EDITABLE.includes(bid.status);
    case 'sign_pi_commitment':
      return actor !== null && actor.userId === bid.piUserId && EDITABLE.includes(bid.status);
    case 'check_eligibility':
      return officer;
    case 'score':
      // The bid's status is the lifecycle's business (409), not a question of who the caller is (403).
      return expert;
    default:
      return LEAD_EVENTS.includes(action) ? lead : officer;
  }
}

/** The actions to offer this caller now: allowed by the transition table, by the policy and by the stage. */
export function bidActions(actor: Caller, bid: BidPolicySubject): BidAction[] {
  // The formal-check steps are one officer action (check_eligibility) in the API; the raw events stay internal.
  const internal: readonly BidEvent[] = ['start_eligibility_check', 'pass_eligibility', 'fail_eligibility', 'shortlist', 'reject', 'select'];
  const events = bidLifecycle.eventsFrom(bid.status).filter((event) => !internal.includes(event));
  if (bid.status === 'submitted') events.push('return_for_revision');
  const candidates: BidAction[] = ['edit', 'sign_pi_commitment', ...events];
  if (bid.status === 'submitted' || bid.status === 'eligibility_check') candidates.push('check_eligibility');
  if (bid.status === 'under_review') candidates.push('score');
  // The same facts the use cases check (409), so a button is never offered that the API would refuse.
  const byStage = (action: BidAction): boolean => {
    if (action === 'edit' || action === 'sign_pi_commitment' || action === 'submit') return isSubmissionOpen(bid);
    if (action === 'check_eligibility' || action === 'return_for_revision') return bid.stage.formalCheckOpen;
    return true;
  };
  return candidates.filter((action) => canOnBid(actor, action, bid) && byStage(action));
}

export interface ChallengeForBidding {
  status: string;
  allocationMode: AllocationMode;
  designatedOrgId: string | null;
  bidDeadline: Date | null;
}

/**
 * Whether `leadOrgId` may bid (create or submit) now: the challenge must be published and before its deadline,
 * a directly assigned challenge (定向委托) takes a bid only from its designated organisation, and a claim-mode
 * challenge (认领制) takes no further claim once one passed the formal check.
 */
export function assertBiddingOpen(challenge: ChallengeForBidding, leadOrgId: string, now: Date, claimTaken: boolean): void {
  if (challenge.status !== 'published') {
    throw ruleViolation('bid.challenge_not_open', `The challenge is ${challenge.status}; bids are taken only while it is published`);
  }
  if (challenge.bidDeadline !== null && now.getTime() >= challenge.bidDeadline.getTime()) {
    throw ruleViolation('bid.deadline_passed', `The bid deadline ${challenge.bidDeadline.toISOString()} has passed`);
  }
  assertAllocationAllows(challenge, leadOrgId, claimTaken);
}

/** 定向委托 takes a bid only from its designated organisation; 认领制 takes no further claim once one passed the check. */
export function assertAllocationAllows(challenge: Pick<ChallengeForBidding, 'allocationMode' | 'designatedOrgId'>, leadOrgId: string, claimTaken: boolean): void {
  if (challenge.allocationMode === 'direct_assignment' && challenge.designatedOrgId !== leadOrgId) {
    throw ruleViolation('bid.not_designated', 'This challenge is directly assigned (定向委托); only the designated organisation may bid');
  }
  if (challenge.allocationMode === 'claim' && claimTaken) {
    throw ruleViolation('bid.already_claimed', 'This challenge is in claim mode (认领制) and has already been claimed');
  }
}

export interface IndicatorCommitmentInput {
  indicatorKey: string;
  committedValue: number;
  note: string;
}

/** A bid commits a value for every indicator of the challenge (what acceptance will judge), and only for those. */
export function assertIndicatorCommitments(indicators: readonly Pick<Indicator, 'key'>[], commitments: readonly IndicatorCommitmentInput[], path = 'body.indicatorCommitments'): void {
  const known = new Set(indicators.map((indicator) => indicator.key));
  const seen = new Set<string>();
  commitments.forEach((commitment, index) => {
    if (!known.has(commitment.indicatorKey)) throw invalidField(`${path}.${index}.indicatorKey`, `"${commitment.indicatorKey}" is not an indicator of this challenge`);
    if (seen.has(commitment.indicatorKey)) throw invalidField(`${path}.${index}.indicatorKey`, `duplicate commitment for "${commitment.indicatorKey}"`);
    seen.add(commitment.indicatorKey);
  });
  const missing = [...known].filter((key) => !seen.has(key));
  if (missing.length) throw invalidField(path, `must commit a value for every indicator of the challenge; missing: ${missing.join(', ')}`);
}

export interface ConsortiumMemberInput {
  organisationId: string;
  task: string;
  budgetShareBp: number;
}

/** A consortium (联合体) lists each member once, and the lead is not also a member. */
export function assertConsortium(leadOrgId: string, members: readonly ConsortiumMemberInput[], path = 'body.members'): void {
  const seen = new Set<string>();
  members.forEach((member, index) => {
    if (member.organisationId === leadOrgId) throw invalidField(`${path}.${index}.organisationId`, 'the lead organisation cannot also be a member');
    if (seen.has(member.organisationId)) throw invalidField(`${path}.${index}.organisationId`, 'duplicate member organisation');
    seen.add(member.organisationId);
  });
}
