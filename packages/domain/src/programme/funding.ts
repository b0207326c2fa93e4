import { assertNever } from '../shared/domain-error.ts';
import { applyRate, type BasisPoints, type Fen } from '../shared/money.ts';

/**
 * How public money reaches a 揭榜 project. Each kind names what the rate applies to and who receives it;
 * the seeds' three formulas are presets (see `FUNDING_PRESETS`), not constants.
 */
export const FUNDING_SCHEME_KINDS = [
  /** Ningbo: a share of the team's R&D input (研发投入), paid to the winning team's lead organisation. */
  'rd_input_subsidy',
  /** 前资助: a share of the technology-contract value, paid when the contract is signed. */
  'upfront_funding',
  /** 后补助: a share of the contract value actually transacted, paid after acceptance / performance review. */
  'post_completion_subsidy',
  /** 悬赏: a fixed reward published with the challenge, paid on acceptance. */
  'fixed_reward',
] as const;
export type FundingSchemeKind = (typeof FUNDING_SCHEME_KINDS)[number];

export const FUNDING_RECIPIENTS = ['bidder_lead_org', 'demander'] as const;
/** `demander`: the enterprise that raised the need (Shenyang pays it, not the solver). */
export type FundingRecipient = (typeof FUNDING_RECIPIENTS)[number];

export const FUNDING_BASES = ['rd_input', 'contract_value', 'actual_contract_value', 'none'] as const;
export type FundingBase = (typeof FUNDING_BASES)[number];

export const PAYOUT_TIMINGS = ['at_signing', 'after_acceptance'] as const;
export type PayoutTiming = (typeof PAYOUT_TIMINGS)[number];

export interface FundingScheme {
  kind: FundingSchemeKind;
  /** Share of the base, in basis points (2000 = 20%). Ignored for `fixed_reward`. */
  rateBp: BasisPoints;
  /** Upper bound of the payout, in fen; null = no cap. */
  capFen: Fen | null;
  /** The base must reach this amount for any payout (Shenyang post-subsidy: contracts ≥ 1,000,000 yuan). */
  minimumBaseFen: Fen | null;
  /** The amount for `fixed_reward`. */
  fixedAmountFen: Fen | null;
  recipient: FundingRecipient;
}

export const fundingBaseOf = (kind: FundingSchemeKind): FundingBase => {
  switch (kind) {
    case 'rd_input_subsidy':
      return 'rd_input';
    case 'upfront_funding':
      return 'contract_value';
    case 'post_completion_subsidy':
      return 'actual_contract_value';
    case 'fixed_reward':
      return 'none';
    default:
      return assertNever(kind, 'funding scheme kind');
  }
};

export const payoutTimingOf = (kind: FundingSchemeKind): PayoutTiming => {
  switch (kind) {
    case 'upfront_funding':
      return 'at_signing';
    case 'rd_input_subsidy':
    case 'post_completion_subsidy':
    case 'fixed_reward':
      return 'after_acceptance';
    default:
      return assertNever(kind, 'funding scheme kind');
  }
};

export type FundingOutcome =
  | { eligible: true; amountFen: Fen; uncappedFen: Fen; capped: boolean; recipient: FundingRecipient; base: FundingBase }
  | { eligible: false; amountFen: 0; reason: 'below_minimum_base'; minimumBaseFen: Fen; recipient: FundingRecipient; base: FundingBase };

/**
 * The payout a scheme grants for a base amount (R&D input or contract value, in fen).
 * Exact in fen: `min(cap, floor(base × rate))`, or nothing when the base is below the scheme's minimum.
 */
export function computeFunding(scheme: FundingScheme, baseFen: Fen): FundingOutcome {
  const base = fundingBaseOf(scheme.kind);
  if (scheme.minimumBaseFen !== null && baseFen < scheme.minimumBaseFen) {
    return { eligible: false, amountFen: 0, reason: 'below_minimum_base', minimumBaseFen: scheme.minimumBaseFen, recipient: scheme.recipient, base };
  }
  const uncappedFen = scheme.kind === 'fixed_reward' ? (scheme.fixedAmountFen ?? 0) : applyRate(baseFen, scheme.rateBp);
  const capped = scheme.capFen !== null && uncappedFen > scheme.capFen;
  const amountFen = capped && scheme.capFen !== null ? scheme.capFen : uncappedFen;
  return { eligible: true, amountFen, uncappedFen, capped, recipient: scheme.recipient, base };
}
