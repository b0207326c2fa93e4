import { actsForOrganisation, isProgrammeOfficer, type Caller, type Role } from '../access/roles.ts';
import { invalidField, ruleViolation, type FieldIssue } from '../shared/domain-error.ts';
import { defineLifecycle } from '../shared/lifecycle.ts';
import { BASIS_POINTS_WHOLE, splitByShares, type BasisPoints, type Fen } from '../shared/money.ts';
import type { TrancheTrigger } from '../programme/policy.ts';
import type { FundingScheme, PayoutTiming } from '../programme/funding.ts';
import { changeRequestLifecycle, expenseLifecycle, type ChangeRequestStatus, type ExpenseStatus } from './change-request.ts';
import {
  contractLifecycle,
  milestoneLifecycle,
  trancheLifecycle,
  type AwardStatus,
  type ContractStatus,
  type MilestoneStatus,
  type TrancheStatus,
} from './contract-lifecycle.ts';

/**
 * What happens to an award once negotiation starts: signing the contract makes it `contracted`, a failed
 * negotiation makes it `negotiation_failed` (and the challenge falls back to the next-ranked bid).
 */
export const AWARD_OUTCOME_EVENTS = ['contract', 'fail_negotiation'] as const;
export type AwardOutcomeEvent = (typeof AWARD_OUTCOME_EVENTS)[number];
export const awardOutcomeLifecycle = defineLifecycle<AwardStatus, AwardOutcomeEvent>('award', AWARD_OUTCOME_EVENTS, {
  awarded: { contract: 'contracted', fail_negotiation: 'negotiation_failed' },
  contracted: {},
  negotiation_failed: {},
});

export type AwardAction = 'start_negotiation';

/** 对接洽谈 is opened by an officer of the programme on a standing award that has no contract yet. */
export function awardActions(actor: Caller, award: { status: AwardStatus; hasContract: boolean; programme: { id: string; tenantId: string } }): AwardAction[] {
  return isProgrammeOfficer(actor, award.programme) && award.status === 'awarded' && !award.hasContract ? ['start_negotiation'] : [];
}

/** A contract is negotiated only from a standing award. */
export function assertAwardOpenForContract(award: { status: string }): void {
  if (award.status !== 'awarded') throw ruleViolation('award.not_awarded', `The award is ${award.status}; a contract is negotiated only from a standing award`);
}

/**
 * A scheme that pays the demander (Shenyang) cannot be carried out for a challenge without one, so negotiation
 * does not even open: finding out at signing (upfront) or at payout (post-subsidy) would strand the contract.
 */
export function assertSchemeRecipientExists(scheme: Pick<FundingScheme, 'recipient' | 'kind'>, demanderOrgId: string | null): void {
  if (scheme.recipient === 'demander' && demanderOrgId === null) {
    throw ruleViolation('contract.no_demander_for_scheme', `The programme's ${scheme.kind} scheme pays the demander, but this challenge has no demander organisation`, { schemeKind: scheme.kind });
  }
}

// ── fallback after a failed negotiation (递补) ──────────────────────────────────────────────────────────

/** Why a failed negotiation awarded no one in its place. */
export const FALLBACK_NONE_REASONS = [
  /** The challenge has no closed public notice, so no bid was ever publicly named as an alternate. */
  'no_closed_notice',
  /** The latest closed notice named no alternates (候补). */
  'no_alternates',
  /** Every alternate is already awarded, no longer shortlisted, or struck by an upheld objection. */
  'alternates_exhausted',
] as const;
export type FallbackNoneReason = (typeof FALLBACK_NONE_REASONS)[number];

export interface FallbackCandidateBid {
  id: string;
  status: string;
}

/**
 * The fallback is the best-ranked ALTERNATE of the latest closed notice (the notice lists them in rank order)
 * that is still shortlisted, has no award and no upheld objection against it. Only a bid the public has seen
 * named in a notice, and could object to, may be awarded without a new notice.
 */
export function pickFallbackBid<T extends FallbackCandidateBid>(
  notice: { alternateBidIds: readonly string[] } | null,
  bids: readonly T[],
  excluded: { awardedBidIds: ReadonlySet<string>; upheldBidIds: ReadonlySet<string> },
): { bid: T; reason: null } | { bid: null; reason: FallbackNoneReason } {
  if (!notice) return { bid: null, reason: 'no_closed_notice' };
  if (notice.alternateBidIds.length === 0) return { bid: null, reason: 'no_alternates' };
  const byId = new Map(bids.map((bid) => [bid.id, bid]));
  for (const id of notice.alternateBidIds) {
    const bid = byId.get(id);
    if (bid && bid.status === 'shortlisted' && !excluded.awardedBidIds.has(id) && !excluded.upheldBidIds.has(id)) return { bid, reason: null };
  }
  return { bid: null, reason: 'alternates_exhausted' };
}

export interface ContractSubject {
  status: ContractStatus;
  programme: { id: string; tenantId: string };
  leadOrgId: string;
  demanderOrgId: string | null;
  piUserId: string;
  /** 经费包干制 of the programme: decides who approves expenses. */
  lumpSumBudget: boolean;
}

/** Staff who act for the lead organisation (its bidder office, its investigators). */
const LEAD_STAFF_ROLES: readonly Role[] = ['bidder_org', 'principal_investigator'];

export const isContractPi = (actor: Caller, contract: Pick<ContractSubject, 'piUserId'>): boolean => actor?.userId === contract.piUserId;
export const isContractOfficer = (actor: Caller, contract: Pick<ContractSubject, 'programme'>): boolean => isProgrammeOfficer(actor, contract.programme);
export const isLeadOrgStaff = (actor: Caller, contract: Pick<ContractSubject, 'leadOrgId'>): boolean => actsForOrganisation(actor, contract.leadOrgId, LEAD_STAFF_ROLES);
export const isContractDemander = (actor: Caller, contract: Pick<ContractSubject, 'demanderOrgId'>): boolean =>
  contract.demanderOrgId !== null && actsForOrganisation(actor, contract.demanderOrgId, ['demander']);

export const CONTRACT_ACTIONS = [
  'view',
  'edit_terms',
  'sign',
  'fail_negotiation',
  'file_change_request',
  'submit_expense',
  'request_acceptance',
  'compute_payout',
  'close',
  'open_failure_review',
] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/**
 * Who may do what with a contract, regardless of its status (the status decides 409, this decides 403):
 * officers negotiate, sign, supervise, pay and judge failures; the PI runs the project (change requests,
 * acceptance request); lead-organisation staff and the PI book expenses; the demander follows along.
 */
export function canOnContract(actor: Caller, action: ContractAction, contract: ContractSubject): boolean {
  const officer = isContractOfficer(actor, contract);
  const pi = isContractPi(actor, contract);
  switch (action) {
    case 'view':
      return officer || pi || isLeadOrgStaff(actor, contract) || isContractDemander(actor, contract);
    case 'file_change_request':
    case 'request_acceptance':
      return pi;
    case 'submit_expense':
      return pi || isLeadOrgStaff(actor, contract);
    default:
      return officer;
  }
}

/** Facts beyond the status that decide whether an action is available now. */
export interface ContractFacts {
  termsSet: boolean;
  allMilestonesPassed: boolean;
  /** When the programme's funding scheme pays. */
  payoutTiming: PayoutTiming;
  /** The scheme owes this contract something, given its figures (see payoutOwed). */
  payoutOwed: boolean;
  /** A payout of the programme's scheme exists (not cancelled). */
  hasPayout: boolean;
  /** That payout has been paid. */
  payoutPaid: boolean;
  hasFailureReview: boolean;
}

const SIGNED_STATUSES: readonly ContractStatus[] = ['active', 'under_acceptance', 'accepted', 'closed'];

function availableNow(action: ContractAction, status: ContractStatus, facts: ContractFacts): boolean {
  switch (action) {
    case 'view':
      return true;
    case 'edit_terms':
      return status === 'negotiation';
    case 'sign':
      return facts.termsSet && contractLifecycle.next(status, 'sign') !== undefined;
    case 'fail_negotiation':
      return contractLifecycle.next(status, 'fail_negotiation') !== undefined;
    case 'file_change_request':
    case 'submit_expense':
      return status === 'active';
    case 'request_acceptance':
      return facts.allMilestonesPassed && contractLifecycle.next(status, 'request_acceptance') !== undefined;
    case 'compute_payout':
      return facts.payoutOwed && !facts.hasPayout && (facts.payoutTiming === 'at_signing' ? SIGNED_STATUSES.includes(status) : status === 'accepted');
    case 'close':
      return (!facts.payoutOwed || facts.payoutPaid) && contractLifecycle.next(status, 'close') !== undefined;
    case 'open_failure_review':
      return !facts.hasFailureReview && (status === 'failed' || status === 'terminated');
  }
}

/** The contract actions to offer this caller now (without `view`). */
export function contractActions(actor: Caller, contract: ContractSubject, facts: ContractFacts): ContractAction[] {
  return CONTRACT_ACTIONS.filter((action) => action !== 'view' && availableNow(action, contract.status, facts) && canOnContract(actor, action, contract));
}

/**
 * Tranche amounts as exact shares of the contract value. A value so large that value × share leaves the safe
 * integer range is a bad contract value, reported at `path` (not at the generic money helper's `amount`).
 */
export function trancheAmounts(contractValueFen: Fen, shares: readonly BasisPoints[], path = 'contractValueFen'): Fen[] {
  if (shares.slice(0, -1).some((share) => !Number.isSafeInteger(contractValueFen * share))) {
    throw invalidField(path, 'is too large to split into tranche shares exactly');
  }
  return splitByShares(contractValueFen, shares);
}

/** Signing needs a payment schedule (terms are set once tranches exist; their shares always sum to 100%). */
export function assertTermsSet(terms: { trancheCount: number }): void {
  if (terms.trancheCount === 0) throw ruleViolation('contract.terms_unset', 'Set the contract terms (milestones and tranche schedule) before signing');
}

// ── milestones and tranches ────────────────────────────────────────────────────────────────────────────

export type MilestoneAction = 'report' | 'review';

/** The PI reports on a milestone; officers review it (节点考核). Both only while the contract is active. */
export function milestoneActions(actor: Caller, contract: ContractSubject, milestone: { status: MilestoneStatus }): MilestoneAction[] {
  if (contract.status !== 'active') return [];
  const actions: MilestoneAction[] = [];
  if (isContractPi(actor, contract) && milestoneLifecycle.next(milestone.status, 'submit_report') !== undefined) actions.push('report');
  if (isContractOfficer(actor, contract) && milestone.status === 'submitted') actions.push('review');
  return actions;
}

/** A milestone is reported or reviewed only while the contract runs. */
export function assertContractRunning(contract: { status: ContractStatus }, rule: string): void {
  if (contract.status !== 'active') throw ruleViolation(rule, `The contract is ${contract.status}; this is possible only while it is active`);
}

export function trancheActions(actor: Caller, contract: ContractSubject, tranche: { status: TrancheStatus }): 'pay'[] {
  return isContractOfficer(actor, contract) && trancheLifecycle.next(tranche.status, 'pay') !== undefined ? ['pay'] : [];
}

export interface TrancheScheduleEntry {
  shareBp: number;
  trigger: TrancheTrigger;
  milestoneSequence?: number | null | undefined;
}

/**
 * 分期拨付 schedule checks: shares sum to 100%, a milestone tranche names an existing milestone (by its
 * 1-based sequence) and other tranches name none. Paths are relative to the terms body.
 */
export function trancheScheduleIssues(tranches: readonly TrancheScheduleEntry[], milestoneCount: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (tranches.length === 0) issues.push({ path: 'tranches', message: 'at least one tranche is required' });
  tranches.forEach((tranche, index) => {
    const sequence = tranche.milestoneSequence ?? null;
    if (tranche.trigger === 'milestone') {
      if (sequence === null) issues.push({ path: `tranches.${index}.milestoneSequence`, message: 'is required when the trigger is milestone' });
      else if (!Number.isInteger(sequence) || sequence < 1 || sequence > milestoneCount) {
        issues.push({ path: `tranches.${index}.milestoneSequence`, message: `must name one of the ${milestoneCount} milestones (1–${milestoneCount})` });
      }
    } else if (sequence !== null) {
      issues.push({ path: `tranches.${index}.milestoneSequence`, message: `must be omitted when the trigger is ${tranche.trigger}` });
    }
  });
  const total = tranches.reduce((sum, tranche) => sum + tranche.shareBp, 0);
  if (tranches.length > 0 && total !== BASIS_POINTS_WHOLE) issues.push({ path: 'tranches', message: `shares must sum to 10000 basis points (100%), got ${total}` });
  return issues;
}

/** Milestones fall due in order, so a later one cannot be due before an earlier one. */
export function milestoneScheduleIssues(milestones: readonly { dueDate: string }[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  milestones.forEach((milestone, index) => {
    const previous = milestones[index - 1];
    if (previous && milestone.dueDate < previous.dueDate) issues.push({ path: `milestones.${index}.dueDate`, message: `must not be before milestone ${index}'s due date ${previous.dueDate}` });
  });
  return issues;
}

/** Throws VALIDATION_FAILED for the first schedule issue; `prefix` places the paths in the caller's input. */
export function assertContractSchedule(terms: { milestones: readonly { dueDate: string }[]; tranches: readonly TrancheScheduleEntry[] }, prefix = ''): void {
  const [first] = [...milestoneScheduleIssues(terms.milestones), ...trancheScheduleIssues(terms.tranches, terms.milestones.length)];
  if (first) throw invalidField(`${prefix}${first.path}`, first.message);
}

export type UnlockCause = { trigger: 'signing' } | { trigger: 'milestone'; milestoneId: string } | { trigger: 'acceptance' };

/**
 * The locked tranches a cause releases. A milestone tranche waits for ITS milestone only, so a later
 * tranche stays locked until the milestone it names has passed.
 */
export function tranchesToUnlock<T extends { status: TrancheStatus; trigger: TrancheTrigger; milestoneId: string | null }>(tranches: readonly T[], cause: UnlockCause): T[] {
  return tranches.filter(
    (tranche) => tranche.status === 'locked' && tranche.trigger === cause.trigger && (cause.trigger !== 'milestone' || tranche.milestoneId === cause.milestoneId),
  );
}

/** Termination cancels every tranche not yet paid; a failed acceptance cancels the ones that can no longer unlock. */
export function tranchesToCancel<T extends { status: TrancheStatus }>(tranches: readonly T[], cause: 'termination' | 'failed_acceptance'): T[] {
  return tranches.filter((tranche) => (cause === 'termination' ? tranche.status === 'locked' || tranche.status === 'unlocked' : tranche.status === 'locked'));
}

// ── change requests and expenses (autonomy) ───────────────────────────────────────────────────────────

/** Approving applies the change to the contract, so it is offered only while the contract runs; rejecting is always possible. */
export function changeRequestActions(actor: Caller, contract: ContractSubject, request: { status: ChangeRequestStatus }): ('approve' | 'reject')[] {
  if (!isContractOfficer(actor, contract)) return [];
  return changeRequestLifecycle.eventsFrom(request.status).filter((event) => event !== 'approve' || contract.status === 'active');
}

/** 经费包干制: under a lump-sum budget the PI, and only the PI, approves expenses; otherwise the programme office. */
export function canDecideExpense(actor: Caller, contract: ContractSubject): boolean {
  return contract.lumpSumBudget ? isContractPi(actor, contract) : isContractOfficer(actor, contract);
}

export function expenseActions(actor: Caller, contract: ContractSubject, expense: { status: ExpenseStatus }): ('approve' | 'reject')[] {
  return canDecideExpense(actor, contract) ? expenseLifecycle.eventsFrom(expense.status) : [];
}
