import type { Caller } from '../access/roles.ts';
import { isContractOfficer, type ContractSubject } from '../contract/contract.policy.ts';
import type { ContractStatus } from '../contract/contract-lifecycle.ts';
import { computeFunding, payoutTimingOf, type FundingBase, type FundingRecipient, type FundingScheme, type FundingSchemeKind, type PayoutTiming } from '../programme/funding.ts';
import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import type { BasisPoints, Fen } from '../shared/money.ts';
import { payoutLifecycle, type PayoutStatus } from './acceptance.ts';

/** The contract figures a payout is computed from. */
export interface PayoutContractFacts {
  id: string;
  status: ContractStatus;
  rdInputFen: Fen;
  contractValueFen: Fen;
  actualContractValueFen: Fen | null;
  leadOrgId: string;
  demanderOrgId: string | null;
}

const SIGNED: readonly ContractStatus[] = ['active', 'under_acceptance', 'accepted', 'closed'];
const ACCEPTED: readonly ContractStatus[] = ['accepted', 'closed'];

/** 前资助 is due once the contract is signed; the other schemes pay on results, after a passed acceptance. */
export function assertPayoutDue(timing: PayoutTiming, status: ContractStatus): void {
  const due = timing === 'at_signing' ? SIGNED.includes(status) : ACCEPTED.includes(status);
  if (!due) {
    throw ruleViolation('payout.not_due', timing === 'at_signing' ? `Upfront funding is due once the contract is signed; it is ${status}` : `This scheme pays after a passed acceptance; the contract is ${status}`, {
      timing,
    });
  }
}

/** The amount the scheme's rate applies to, taken from the contract. */
export function payoutBaseFen(kind: FundingSchemeKind, contract: PayoutContractFacts): Fen {
  switch (kind) {
    case 'rd_input_subsidy':
      return contract.rdInputFen;
    case 'upfront_funding':
      return contract.contractValueFen;
    case 'post_completion_subsidy':
      if (contract.actualContractValueFen === null) {
        throw ruleViolation('payout.actual_value_missing', 'Post-completion subsidy needs the actual contract value, recorded when acceptance is concluded');
      }
      return contract.actualContractValueFen;
    case 'fixed_reward':
      return 0;
  }
}

/**
 * A post-completion subsidy is a share of the value actually transacted, so a passing acceptance under that
 * scheme must record it (there is no later step that could).
 */
export function assertActualValueRecorded(kind: FundingSchemeKind, accepted: boolean, actualContractValueFen: Fen | null | undefined, path = 'actualContractValueFen'): void {
  if (kind === 'post_completion_subsidy' && accepted && (actualContractValueFen === null || actualContractValueFen === undefined)) {
    throw invalidField(path, 'is required: this programme pays a post-completion subsidy on the contract value actually transacted');
  }
}

/** Shenyang pays the enterprise that raised the need; the other presets pay the winning team's lead organisation. */
export function payoutRecipientOrgId(recipient: FundingRecipient, contract: PayoutContractFacts): string {
  if (recipient === 'bidder_lead_org') return contract.leadOrgId;
  if (contract.demanderOrgId === null) throw ruleViolation('payout.no_demander', 'The scheme pays the demander, but this contract has no demander organisation');
  return contract.demanderOrgId;
}

export interface PayoutPlan {
  schemeKind: FundingSchemeKind;
  timing: PayoutTiming;
  base: FundingBase;
  baseFen: Fen;
  rateBp: BasisPoints;
  capFen: Fen | null;
  minimumBaseFen: Fen | null;
  fixedAmountFen: Fen | null;
  uncappedFen: Fen;
  amountFen: Fen;
  capped: boolean;
  recipientKind: FundingRecipient;
  recipientOrgId: string;
  idempotencyKey: string;
}

/**
 * One payout per contract, however often the officer (or the signing) asks. Deliberately not per scheme kind:
 * the contract's scheme is frozen at negotiation, and a key that included the kind would let a second payout
 * through if the kind ever differed between two computations.
 */
export const payoutIdempotencyKey = (contractId: string): string => `payout:${contractId}`;

/**
 * 成果兑现: what the programme's funding scheme owes for this contract, or RULE_VIOLATION `payout.not_eligible`
 * (e.g. Shenyang's post-subsidy needs a contract of at least 1,000,000 yuan).
 */
export function planPayout(scheme: FundingScheme, contract: PayoutContractFacts): PayoutPlan {
  const timing = payoutTimingOf(scheme.kind);
  assertPayoutDue(timing, contract.status);
  const baseFen = payoutBaseFen(scheme.kind, contract);
  const outcome = computeFunding(scheme, baseFen);
  if (!outcome.eligible) {
    throw ruleViolation('payout.not_eligible', `The base of ${baseFen} fen is below the scheme's minimum of ${outcome.minimumBaseFen} fen`, {
      reason: outcome.reason,
      baseFen,
      minimumBaseFen: outcome.minimumBaseFen,
    });
  }
  return {
    schemeKind: scheme.kind,
    timing,
    base: outcome.base,
    baseFen,
    rateBp: scheme.rateBp,
    capFen: scheme.capFen,
    minimumBaseFen: scheme.minimumBaseFen,
    fixedAmountFen: scheme.fixedAmountFen,
    uncappedFen: outcome.uncappedFen,
    amountFen: outcome.amountFen,
    capped: outcome.capped,
    recipientKind: scheme.recipient,
    recipientOrgId: payoutRecipientOrgId(scheme.recipient, contract),
    idempotencyKey: payoutIdempotencyKey(contract.id),
  };
}

/**
 * Whether the scheme owes this contract anything at all, so closing does not wait for a payout that can never
 * exist (a base below the minimum, or a post-completion subsidy with no actual contract value recorded).
 */
export function payoutOwed(scheme: FundingScheme, contract: PayoutContractFacts): boolean {
  if (scheme.kind === 'post_completion_subsidy' && contract.actualContractValueFen === null) return false;
  return computeFunding(scheme, payoutBaseFen(scheme.kind, contract)).eligible;
}

/**
 * Signing computes the payout only when the scheme pays at signing AND owes this contract something: an
 * upfront scheme whose minimum the contract value does not reach is no reason to refuse the signature.
 */
export function payoutDueAtSigning(scheme: FundingScheme, contract: PayoutContractFacts): boolean {
  return payoutTimingOf(scheme.kind) === 'at_signing' && payoutOwed(scheme, contract);
}

export function payoutActions(actor: Caller, contract: ContractSubject, payout: { status: PayoutStatus }): ('approve' | 'pay')[] {
  if (!isContractOfficer(actor, contract)) return [];
  return payoutLifecycle.eventsFrom(payout.status).filter((event): event is 'approve' | 'pay' => event === 'approve' || event === 'pay');
}
