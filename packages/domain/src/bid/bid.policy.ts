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

export interface BidPolicySubject {
  status: BidStatus;
  leadOrgId: string;
  memberOrgIds: readonly string[];
  piUserId: string;
  programme: { id: string; tenantId: string };
  /** Whether the caller sits on the review panel of the bid's challenge (looked up by the use case). */
  callerOnPanel: boolean;
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

/** The actions to offer this caller now: allowed by the transition table and by the policy. */
export function bidActions(actor: Caller, bid: BidPolicySubject): BidAction[] {
  // The formal-check steps are one officer action (check_eligibility) in the API; the raw events stay internal.
  const internal: readonly BidEvent[] = ['start_eligibility_check', 'pass_eligibility', 'fail_eligibility', 'shortlist', 'reject', 'select'];
  const events = bidLifecycle.eventsFrom(bid.status).filter((event) => !internal.includes(event));
  if (bid.status === 'submitted') events.push('return_for_revision');
  const candidates: BidAction[] = ['edit', 'sign_pi_commitment', ...events];
  if (bid.status === 'submitted' || bid.status === 'eligibility_check') candidates.push('check_eligibility');
  if (bid.status === 'under_review') candidates.push('score');
  return candidates.filter((action) => canOnBid(actor, action, bid));
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
