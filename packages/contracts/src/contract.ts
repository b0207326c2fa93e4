import { z } from 'zod';
import {
  CHANGE_REQUEST_KINDS,
  CHANGE_REQUEST_STATUSES,
  CONTRACT_STATUSES,
  EXPENSE_STATUSES,
  FALLBACK_NONE_REASONS,
  MILESTONE_DECISIONS,
  MILESTONE_STATUSES,
  TRANCHE_STATUSES,
  TRANCHE_TRIGGERS,
  milestoneScheduleIssues,
  trancheScheduleIssues,
  type FieldIssue,
} from '@jiebang/domain';
import { AcceptanceView } from './acceptance.ts';
import { Actions, AuditTrailEntry, BasisPoints, DateOnly, Fen, NonEmpty, Timestamp, VersionedCommand } from './common.ts';
import { FailureReviewView } from './failure-review.ts';
import { IndicatorInput, IndicatorList } from './indicator.ts';
import { PayoutView } from './payout.ts';
import { FundingSchemeSchema } from './programme.ts';

/** Reports a domain field issue ('tranches.1.milestoneSequence') at the same path in a zod refinement. */
const addIssues = (ctx: z.RefinementCtx, issues: readonly FieldIssue[], prefix: (string | number)[] = []) => {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: [...prefix, ...issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))], message: issue.message });
  }
};

const Deliverables = z.array(NonEmpty(500)).max(100).describe('Deliverables (成果形式): products, prototypes, standards, patents…');

// ── negotiation and terms ───────────────────────────────────────────────────────────────────────────────

export const StartNegotiationBody = z.object({}).describe('Starts negotiation (对接洽谈) on a standing award');

export const MilestoneTermsInput = z.object({
  title: NonEmpty(200),
  dueDate: DateOnly,
  deliverables: Deliverables.default([]),
});

export const TrancheTermsInput = z.object({
  shareBp: BasisPoints.min(1).describe('Share of the contract value, in basis points; shares sum to 10000'),
  trigger: z.enum(TRANCHE_TRIGGERS).describe('signing | milestone (when that milestone passes) | acceptance (when acceptance passes)'),
  milestoneSequence: z.number().int().min(1).optional().describe('1-based position in `milestones`; required iff trigger = milestone'),
});

export const ContractTermsBody = VersionedCommand.extend({
  contractValueFen: Fen.describe('Contract value (合同金额), in fen; tranche amounts are its shares'),
  rdInputFen: Fen.describe('Committed R&D input (研发投入), in fen'),
  ipTerms: z.string().trim().max(20_000).describe('IP ownership terms (知识产权归属)'),
  deliverables: Deliverables,
  milestones: z.array(MilestoneTermsInput).max(24),
  tranches: z.array(TrancheTermsInput).min(1, 'at least one tranche is required').max(24),
}).superRefine((body, ctx) => {
  addIssues(ctx, [...milestoneScheduleIssues(body.milestones), ...trancheScheduleIssues(body.tranches, body.milestones.length)]);
});

export const FailNegotiationBody = VersionedCommand.extend({ reason: NonEmpty(2000).describe('Why negotiation failed (洽谈未果)') });

// ── milestones and tranches ─────────────────────────────────────────────────────────────────────────────

export const MilestoneReportBody = VersionedCommand.extend({ report: NonEmpty(20_000).describe('Progress report against the milestone’s deliverables') });
export const MilestoneReviewBody = VersionedCommand.extend({
  decision: z.enum(MILESTONE_DECISIONS).describe('continue (passed) | remediate (限期整改) | terminate (终止)'),
  opinion: NonEmpty(5000).describe('Review opinion (节点考核意见)'),
  remediationDueDate: DateOnly.nullish().describe('限期整改 deadline: the date the team must report again by; required iff decision = remediate, and after today (Asia/Shanghai)'),
});

export const MilestoneView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    sequence: z.number().int(),
    title: z.string(),
    dueDate: DateOnly,
    deliverables: z.array(z.string()),
    status: z.enum(MILESTONE_STATUSES),
    report: z.string().nullable(),
    reviewOpinion: z.string().nullable(),
    reviewedAt: Timestamp.nullable(),
    remediationDueDate: DateOnly.nullable().describe('限期整改 deadline set by the last review; null unless it decided remediate'),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Milestone' });

export const TrancheView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    sequence: z.number().int(),
    shareBp: BasisPoints,
    amountFen: Fen,
    trigger: z.enum(TRANCHE_TRIGGERS),
    milestoneId: z.uuid().nullable(),
    milestoneSequence: z.number().int().nullable(),
    status: z.enum(TRANCHE_STATUSES),
    paidAt: Timestamp.nullable(),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Tranche' });

// ── change requests and expenses (autonomy, 经费包干制) ─────────────────────────────────────────────────

const ChangeRequestKind = z.enum(CHANGE_REQUEST_KINDS).describe('route_adjustment and team_change are filed (备案); goal_indicator_change, pi_change, lead_org_change, extension need approval; budget_adjustment needs approval unless the budget is lump-sum');

/** What each kind must carry in `details`; the other keys are kept as the applicant wrote them. */
const REQUIRED_DETAIL: Partial<Record<(typeof CHANGE_REQUEST_KINDS)[number], { key: string; schema: z.ZodType }>> = {
  pi_change: { key: 'newPiUserId', schema: z.uuid() },
  lead_org_change: { key: 'newLeadOrgId', schema: z.uuid() },
  goal_indicator_change: { key: 'indicators', schema: IndicatorList },
};

export const FileChangeRequestBody = z
  .object({
    kind: ChangeRequestKind,
    summary: NonEmpty(500),
    details: z
      .record(z.string(), z.unknown())
      .default({})
      .describe('pi_change: { newPiUserId }; lead_org_change: { newLeadOrgId }; goal_indicator_change: { indicators }; others: free-form'),
  })
  .superRefine((body, ctx) => {
    const required = REQUIRED_DETAIL[body.kind];
    if (!required) return;
    const parsed = required.schema.safeParse(body.details[required.key]);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['details', required.key, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))], message: body.details[required.key] === undefined ? `is required for a ${body.kind}` : issue.message });
    }
  });

export const ApprovalDecisionBody = VersionedCommand.extend({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(5000).default(''),
});

export const ChangeRequestView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    kind: ChangeRequestKind,
    summary: z.string(),
    details: z.record(z.string(), z.unknown()),
    status: z.enum(CHANGE_REQUEST_STATUSES),
    needsApproval: z.boolean(),
    filedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
    decisionNote: z.string().nullable(),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'ChangeRequest' });

export const SubmitExpenseBody = z.object({
  category: NonEmpty(100).describe('e.g. 设备费, 材料费, 测试化验加工费, 劳务费'),
  description: NonEmpty(2000),
  amountFen: Fen.min(1, 'must be at least 1 fen'),
  incurredOn: DateOnly,
});

export const ExpenseView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    category: z.string(),
    description: z.string(),
    amountFen: Fen,
    incurredOn: DateOnly,
    status: z.enum(EXPENSE_STATUSES),
    submittedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Expense' });

// ── the contract ────────────────────────────────────────────────────────────────────────────────────────

export const ContractStatusSchema = z.enum(CONTRACT_STATUSES);

const contractFields = {
  id: z.uuid(),
  programmeId: z.uuid(),
  challengeId: z.uuid(),
  challengeTitle: z.string(),
  awardId: z.uuid(),
  bidId: z.uuid(),
  leadOrgId: z.uuid(),
  leadOrgName: z.string(),
  demanderOrgId: z.uuid().nullable(),
  demanderOrgName: z.string().nullable(),
  piUserId: z.uuid(),
  piName: z.string(),
  contractValueFen: Fen,
  actualContractValueFen: Fen.nullable(),
  rdInputFen: Fen,
  status: ContractStatusSchema,
  signedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  version: z.number().int(),
};

export const ContractSummary = z
  .object({
    ...contractFields,
    challengeCode: z.string().describe('榜单编号 of the challenge'),
    nextMilestoneDueDate: DateOnly.nullable().describe(
      'Of an active contract, the earliest date a milestone is due: a pending milestone’s due date, or a milestone under 限期整改 its remediation deadline (its due date if none); null otherwise',
    ),
  })
  .meta({ id: 'ContractSummary' });

export const ContractView = z
  .object({
    ...contractFields,
    indicators: z.array(IndicatorInput).describe('Frozen from the challenge at negotiation; changed only by an approved goal_indicator_change'),
    deliverables: z.array(z.string()),
    ipTerms: z.string(),
    lumpSumBudget: z.boolean().describe('经费包干制 under the programme policy: the PI approves expenses, and a budget_adjustment is filed (备案) instead of approved'),
    fundingScheme: FundingSchemeSchema.describe('The programme funding scheme in force when negotiation opened; payouts follow it even if the programme policy changes later'),
    milestones: z.array(MilestoneView),
    tranches: z.array(TrancheView),
    changeRequests: z.array(ChangeRequestView),
    expenses: z.array(ExpenseView),
    acceptances: z.array(AcceptanceView),
    payouts: z.array(PayoutView),
    failureReview: FailureReviewView.nullable(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Contract' });

export const ContractList = z.object({ items: z.array(ContractSummary) });

export const FallbackAwardView = z
  .object({
    awardId: z.uuid(),
    bidId: z.uuid(),
    leadOrgId: z.uuid(),
    leadOrgName: z.string(),
    rank: z.number().int(),
  })
  .meta({ id: 'FallbackAward' });

export const FailNegotiationResult = z
  .object({
    contract: ContractView,
    fallbackAward: FallbackAwardView.nullable().describe(
      'The best-ranked alternate (候补) of the latest closed public notice that is still shortlisted, unawarded and not struck by an upheld objection, now selected and awarded; null when there is none',
    ),
    fallbackReason: z
      .enum(FALLBACK_NONE_REASONS)
      .nullable()
      .describe('Why there is no fallback award (null when there is one): no_closed_notice | no_alternates (the notice named none) | alternates_exhausted'),
  })
  .meta({ id: 'FailNegotiationResult' });
