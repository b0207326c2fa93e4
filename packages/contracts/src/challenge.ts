import { z } from 'zod';
import { allocationIssues, ALLOCATION_MODES, CHALLENGE_STATUSES, PUBLIC_CHALLENGE_STATUSES, type AllocationMode } from '@jiebang/domain';
import { Actions, AuditTrailEntry, Fen, NonEmpty, PageQuery, Timestamp, VersionedCommand } from './common.ts';
import { IndicatorInput, IndicatorList } from './indicator.ts';
import { EligibilityPolicySchema, FundingPreviewView, FundingSchemeSchema } from './programme.ts';

export const AllocationModeSchema = z.enum(ALLOCATION_MODES).describe('open_challenge 挑战制 | claim 认领制 | direct_assignment 指派制/定向委托');
export const ChallengeStatusSchema = z.enum(CHALLENGE_STATUSES);

const challengeFields = {
  title: NonEmpty(200),
  field: NonEmpty(100).describe('Technical field, e.g. 智能制造'),
  industrialChain: z.string().trim().max(100).default('').describe('Industrial chain (产业链), e.g. 新能源汽车'),
  problemStatement: NonEmpty(20_000),
  applicationScenario: z.string().trim().max(20_000).default(''),
  indicators: IndicatorList,
  deliverables: z.array(NonEmpty(500)).min(1, 'at least one deliverable is required').max(50),
  durationMonths: z.number().int().min(1).max(120),
  budgetFen: Fen.describe('Public funding on offer (揭榜金额), in fen; publication needs it above 0'),
  coFundingFen: Fen.default(0).describe('Co-funding committed by the demander (配套资金), in fen'),
  allocationMode: AllocationModeSchema.default('open_challenge'),
  designatedOrgId: z.uuid().nullable().default(null).describe('The designated organisation; required for direct_assignment only'),
  bidDeadline: Timestamp.nullable().default(null).describe('Bids close at this instant; publication needs it in the future'),
  ipTerms: z.string().trim().max(5000).default('').describe('Ownership of results (知识产权归属)'),
  confidentiality: z.string().trim().max(200).default('public'),
  contact: z.string().trim().max(500).default(''),
  maxWinners: z.number().int().min(1).max(20).default(1).describe('Winners in parallel; > 1 = race mode (赛马制), capped by the programme policy'),
};

const refineAllocation = (body: { allocationMode: AllocationMode; designatedOrgId: string | null; maxWinners: number }, ctx: z.core.$RefinementCtx) => {
  for (const issue of allocationIssues(body)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
};

export const CreateChallengeBody = z
  .object({
    needIds: z.array(z.uuid()).min(1, 'at least one pooled need is required').max(20).describe('Pooled needs of this programme the challenge is built from'),
    groupId: z.uuid().nullable().default(null).describe('Challenge group (项目群) to append the challenge to'),
    ...challengeFields,
  })
  .superRefine(refineAllocation);

/** The next challenge of a 项目群; needs are optional (a continuing series may not start from a new need). */
export const NextChallengeBody = z
  .object({
    needIds: z.array(z.uuid()).max(20).default([]),
    ...challengeFields,
  })
  .superRefine(refineAllocation);

export const UpdateChallengeBody = z
  .object({
    title: challengeFields.title,
    field: challengeFields.field,
    industrialChain: z.string().trim().max(100),
    problemStatement: challengeFields.problemStatement,
    applicationScenario: z.string().trim().max(20_000),
    indicators: IndicatorList,
    deliverables: challengeFields.deliverables,
    durationMonths: challengeFields.durationMonths,
    budgetFen: Fen,
    coFundingFen: Fen,
    allocationMode: AllocationModeSchema,
    designatedOrgId: z.uuid().nullable(),
    bidDeadline: Timestamp.nullable(),
    ipTerms: z.string().trim().max(5000),
    confidentiality: z.string().trim().max(200),
    contact: z.string().trim().max(500),
    maxWinners: z.number().int().min(1).max(20),
  })
  .partial()
  .extend(VersionedCommand.shape);

export const ChallengeCommandBody = VersionedCommand.extend({ reason: z.string().trim().max(2000).default('') });
export const CancelChallengeBody = VersionedCommand.extend({ reason: NonEmpty(2000).describe('Why the challenge is cancelled; it is published in the timeline') });

export const ChallengeGroupRef = z.object({
  id: z.uuid(),
  name: z.string(),
  sequence: z.number().int().nullable(),
  continuity: z.boolean(),
});

export const ChallengeView = z
  .object({
    id: z.uuid(),
    code: z.string(),
    versionNo: z.number().int(),
    previousVersionId: z.uuid().nullable(),
    nextVersionId: z.uuid().nullable(),
    programme: z.object({ id: z.uuid(), code: z.string(), name: z.string(), regionCode: z.string().nullable() }),
    issuer: z.object({ tenantId: z.uuid(), name: z.string() }).describe('The publishing authority or enterprise (发榜方)'),
    demanderOrg: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    designatedOrg: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    title: z.string(),
    field: z.string(),
    industrialChain: z.string(),
    problemStatement: z.string(),
    applicationScenario: z.string(),
    indicators: z.array(IndicatorInput),
    deliverables: z.array(z.string()),
    durationMonths: z.number().int(),
    budgetFen: Fen,
    coFundingFen: Fen,
    allocationMode: AllocationModeSchema,
    maxWinners: z.number().int(),
    raceMode: z.boolean().describe('Several winners in parallel (赛马制)'),
    bidDeadline: Timestamp.nullable(),
    ipTerms: z.string(),
    confidentiality: z.string(),
    contact: z.string(),
    funding: z.object({ scheme: FundingSchemeSchema, previewForBudget: FundingPreviewView.describe('The scheme applied to this challenge’s budget') }),
    eligibility: EligibilityPolicySchema,
    reviewTerms: z
      .object({ blindReview: z.boolean().describe('盲评: the proposal must not name the bidder'), avoidListMax: z.number().int().describe('Experts a bid may ask to avoid (申请回避); 0 = none') })
      .describe('What a bidder must know of the programme’s review'),
    group: ChallengeGroupRef.nullable(),
    needIds: z.array(z.uuid()),
    status: ChallengeStatusSchema,
    publishedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Challenge' });

export const ChallengeSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    versionNo: z.number().int(),
    title: z.string(),
    field: z.string(),
    budgetFen: Fen,
    bidDeadline: Timestamp.nullable(),
    status: ChallengeStatusSchema,
    allocationMode: AllocationModeSchema,
    maxWinners: z.number().int(),
    programmeId: z.uuid(),
    programmeName: z.string(),
    issuer: z.string().describe('Tenant name of the issuer (发榜方)'),
    regionCode: z.string().nullable().describe('The programme’s region (GB/T 2260)'),
    groupId: z.uuid().nullable(),
    groupSequence: z.number().int().nullable(),
    publishedAt: Timestamp.nullable(),
    actions: Actions,
  })
  .meta({ id: 'ChallengeSummary' });

export const ChallengeHallQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Words in the title, field or problem statement'),
  field: z.string().trim().max(100).optional(),
  regionCode: z.string().regex(/^\d{2,6}$/, 'must be 2–6 digits of a GB/T 2260 code').optional().describe('Programme region prefix: 33 or 330000 = Zhejiang, 3302 or 330200 = Ningbo'),
  status: z.enum(PUBLIC_CHALLENGE_STATUSES).optional(),
  minBudgetFen: z.coerce.number().int().min(0).optional(),
  maxBudgetFen: z.coerce.number().int().min(0).optional(),
  deadlineBefore: Timestamp.optional(),
  allocationMode: AllocationModeSchema.optional(),
  programmeId: z.uuid().optional(),
  sort: z.enum(['deadline', 'budget', 'published']).default('published'),
  order: z.enum(['asc', 'desc']).optional().describe('Default: asc for deadline, desc otherwise'),
});

export const ProgrammeChallengesQuery = z.object({ status: ChallengeStatusSchema.optional() });

export const CreateChallengeGroupBody = z.object({
  name: NonEmpty(200),
  description: z.string().trim().max(20_000).default(''),
  continuity: z.boolean().default(true).describe('Once won, later challenges of the group go directly to the winner (no yearly re-competition)'),
});

export const ChallengeGroupView = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    name: z.string(),
    description: z.string(),
    continuity: z.boolean(),
    createdAt: Timestamp,
    challenges: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string(), status: ChallengeStatusSchema, sequence: z.number().int().nullable(), versionNo: z.number().int() })),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'ChallengeGroup' });
