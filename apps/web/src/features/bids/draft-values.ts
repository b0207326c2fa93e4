import type { Bid, ChallengeIndicator, CreateBidInput, UpdateBidInput } from './types';

/**
 * The bid form's values as typed (budgets in 万元 and shares in % as decimal strings, so nothing is lost to
 * floating point) and their exact conversion to the API's integers: fen and basis points.
 */
export interface BidFormValues {
  leadOrgId: string;
  piUserId: string;
  title: string;
  technicalProposal: string;
  indicatorCommitments: { indicatorKey: string; committedValue: string | number | null; note: string }[];
  budgetWan: string | null;
  rdInputWan: string | null;
  leadTask: string;
  leadSharePct: string | null;
  members: { organisationId: string | undefined; organisationName: string; task: string; sharePct: string | null }[];
  /** 申请回避专家; drafts kept before the field existed have none. */
  avoidedExperts?: { name: string; organisationName: string; reason: string }[];
}

const DECIMAL = /^\s*(\d+)(?:\.(\d*))?\s*$/;

/** A non-negative decimal string scaled by 10^digits to an exact integer, or null if it has more decimals or is no number. */
export function scaleDecimal(value: string | number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined) return null;
  const match = DECIMAL.exec(String(value));
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.replace(/0+$/, '').length > digits) return null;
  const scaled = Number(`${whole}${fraction.padEnd(digits, '0').slice(0, digits)}`);
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/** 万元 → fen: 1 万元 = 10,000 yuan = 1,000,000 fen, exact to the fen. */
export const wanToFen = (value: string | number | null | undefined): number | null => scaleDecimal(value, 6);
/** % → basis points: 12.5% = 1250 bp, exact to the basis point. */
export const percentToBp = (value: string | number | null | undefined): number | null => scaleDecimal(value, 2);

/** An integer scaled back to a decimal string without trailing zeros: (1250, 2) → "12.5". */
export function unscale(integer: number, digits: number): string {
  const base = 10 ** digits;
  const fraction = integer % base;
  const whole = (integer - fraction) / base;
  return fraction ? `${whole}.${String(fraction).padStart(digits, '0').replace(/0+$/, '')}` : String(whole);
}

const committed = (value: string | number | null): number | null => {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

export function emptyValues(indicators: readonly ChallengeIndicator[], leadOrgId: string, piUserId: string): BidFormValues {
  return {
    leadOrgId,
    piUserId,
    title: '',
    technicalProposal: '',
    indicatorCommitments: indicators.map((indicator) => ({ indicatorKey: indicator.key, committedValue: null, note: '' })),
    budgetWan: null,
    rdInputWan: null,
    leadTask: '',
    leadSharePct: '100',
    members: [],
    avoidedExperts: [],
  };
}

export function valuesOfBid(bid: Bid, indicators: readonly ChallengeIndicator[]): BidFormValues {
  const lead = bid.members.find((member) => member.role === 'lead');
  return {
    leadOrgId: bid.leadOrgId,
    piUserId: bid.piUserId,
    title: bid.title,
    technicalProposal: bid.technicalProposal,
    indicatorCommitments: indicators.map((indicator) => {
      const found = bid.indicatorCommitments.find((commitment) => commitment.indicatorKey === indicator.key);
      return { indicatorKey: indicator.key, committedValue: found ? found.committedValue : null, note: found?.note ?? '' };
    }),
    budgetWan: unscale(bid.budgetFen, 6),
    rdInputWan: unscale(bid.rdInputFen, 6),
    leadTask: lead?.task ?? '',
    leadSharePct: lead ? unscale(lead.budgetShareBp, 2) : '100',
    members: bid.members
      .filter((member) => member.role === 'member')
      .map((member) => ({ organisationId: member.organisationId, organisationName: member.organisationName, task: member.task, sharePct: unscale(member.budgetShareBp, 2) })),
    avoidedExperts: bid.avoidedExperts ?? [],
  };
}

/** The lead's and members' shares in basis points (unparseable shares count as 0). */
export const shareTotalBp = (values: Pick<BidFormValues, 'leadSharePct' | 'members'>): number =>
  (percentToBp(values.leadSharePct) ?? 0) + (values.members ?? []).reduce((sum, member) => sum + (percentToBp(member?.sharePct) ?? 0), 0);

type BidContent = Omit<CreateBidInput, 'leadOrgId'>;

/** The API body of these values; fields that do not convert are sent as they are, so the server names them. */
export function contentOf(values: BidFormValues): BidContent {
  return {
    piUserId: values.piUserId,
    title: values.title ?? '',
    technicalProposal: values.technicalProposal ?? '',
    indicatorCommitments: (values.indicatorCommitments ?? []).map((commitment) => ({
      indicatorKey: commitment.indicatorKey,
      committedValue: committed(commitment.committedValue) as number,
      note: commitment.note ?? '',
    })),
    budgetFen: wanToFen(values.budgetWan) as number,
    rdInputFen: wanToFen(values.rdInputWan) ?? 0,
    leadTask: values.leadTask ?? '',
    leadBudgetShareBp: percentToBp(values.leadSharePct) as number,
    members: (values.members ?? []).map((member) => ({ organisationId: member?.organisationId as string, task: member?.task ?? '', budgetShareBp: percentToBp(member?.sharePct) as number })),
    avoidedExperts: (values.avoidedExperts ?? []).map((expert) => ({ name: expert?.name ?? '', organisationName: expert?.organisationName ?? '', reason: expert?.reason ?? '' })),
  };
}

/** Whether the server could create the draft from these values (it takes a complete bid only). */
export function isCreatable(values: BidFormValues): boolean {
  const content = contentOf(values);
  return (
    Boolean(values.leadOrgId && values.piUserId && content.title.trim() && content.technicalProposal.trim() && content.leadTask.trim()) &&
    content.indicatorCommitments.every((commitment) => commitment.committedValue !== null) &&
    content.budgetFen !== null &&
    content.leadBudgetShareBp !== null &&
    (content.members ?? []).every((member) => member.organisationId && member.task.trim() && member.budgetShareBp !== null) &&
    (content.avoidedExperts ?? []).every((expert) => expert.name.trim() && expert.reason.trim())
  );
}

/** Only the fields that changed since the last save: a PATCH of unchanged commitments would void the PI's signature. */
export function changedContent(values: BidFormValues, saved: BidContent | null): Omit<UpdateBidInput, 'version'> {
  const content = contentOf(values);
  if (!saved) return content;
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(content)) {
    if (JSON.stringify(value) !== JSON.stringify(saved[key as keyof BidContent])) patch[key] = value;
  }
  return patch as Omit<UpdateBidInput, 'version'>;
}

/** A server field path (under `body.`) as the form's field name: budgetFen → budgetWan, members.0.budgetShareBp → members,0,sharePct. */
export function formFieldOf(path: string): (string | number)[] {
  const renames: Record<string, string> = { budgetFen: 'budgetWan', rdInputFen: 'rdInputWan', leadBudgetShareBp: 'leadSharePct', budgetShareBp: 'sharePct' };
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : (renames[segment] ?? segment)));
}

export type { BidContent };
