import { z } from 'zod';
import {
  DEFAULT_PANEL_QUOTAS,
  DEFAULT_RECUSAL_RULES,
  FUNDING_BASES,
  FUNDING_RECIPIENTS,
  FUNDING_SCHEME_KINDS,
  PAYOUT_TIMINGS,
  POLICY_PRESET_IDS,
  PROGRAMME_MODES,
  PROGRAMME_STATUSES,
  validateProgrammePolicy,
  type ProgrammePolicy,
} from '@jiebang/domain';
import { Actions, AuditTrailEntry, BasisPoints, Fen, NonEmpty, PageQuery, RegionCode, Timestamp, VersionedCommand } from './common.ts';

export const EligibilityPolicySchema = z
  .object({
    regionScope: z.array(RegionCode).max(50).describe('GB/T 2260 codes bidders must be registered in (province xx0000, prefecture xxxx00); empty = all regions'),
    requireLegalEntity: z.boolean().describe('Bidders must be independent legal entities (独立法人)'),
    maxBidsPerOrganisation: z.number().int().min(1).max(100).nullable().describe('Submitted bids per organisation across the programme; null = no cap'),
    maxConsortiumMembers: z.number().int().min(0).max(20).describe('Members besides the lead; 0 forbids consortia'),
    excludePreviousWinners: z.boolean().describe('Earlier winners in this programme may not bid again'),
    allowForeignOrganisations: z.boolean().describe('Organisations registered outside China may bid (英雄不论出处)'),
  })
  .meta({ id: 'EligibilityPolicy' });

export const FundingSchemeSchema = z
  .object({
    kind: z.enum(FUNDING_SCHEME_KINDS).describe('rd_input_subsidy (Ningbo) | upfront_funding 前资助 | post_completion_subsidy 后补助 | fixed_reward 悬赏'),
    rateBp: BasisPoints.describe('Share of the base in basis points (2000 = 20%); 0 for fixed_reward'),
    capFen: Fen.nullable().describe('Upper bound of the payout in fen; null = no cap'),
    minimumBaseFen: Fen.nullable().describe('The base must reach this for any payout (Shenyang: contracts ≥ ¥1,000,000)'),
    fixedAmountFen: Fen.nullable().describe('The reward of a fixed_reward scheme'),
    recipient: z.enum(FUNDING_RECIPIENTS).describe('bidder_lead_org (the winning team) or demander (Shenyang pays the enterprise)'),
  })
  .meta({ id: 'FundingScheme' });

export const RubricCriterionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower_snake_case, ≤ 40 characters'),
  label: NonEmpty(200),
  weightBp: BasisPoints,
});

const Seats = z.number().int().min(0).max(20);
export const PanelQuotasSchema = z
  .object({ technical: Seats, industry: Seats, finance: Seats, legal: Seats })
  .describe('Seats of each expert role on a challenge panel (e.g. 3 technical + 1 industry + 1 finance)')
  .meta({ id: 'PanelQuotas' });

export const RecusalRulesSchema = z
  .object({
    sameOrganisation: z.boolean().describe('Recuse experts of the demander, the lead or any consortium member'),
    collaborationYears: z.number().int().min(0).max(10).describe('Recuse co-bids, co-projects and declared collaboration within this many years; 0 = off'),
    relatives: z.boolean().describe('Recuse experts with a declared near relative among the bid’s people'),
    avoidListMax: z.number().int().min(0).max(5).describe('Experts a bidder may name to avoid; 0 = none'),
    sameRegion: z.boolean().describe('Recuse experts from the same prefecture-level region as a party'),
  })
  .meta({ id: 'RecusalRules' });

export const ReviewPolicySchema = z
  .object({
    rubric: z.array(RubricCriterionSchema).min(1, 'at least one criterion is required').max(20).describe('Weighted criteria; weights sum to 10000'),
    minScoresPerBid: z.number().int().min(1).max(50),
    disagreementThreshold: z.number().min(0).max(100).describe('Spread of expert totals (0–100) above which disagreement is flagged'),
    panelQuotas: PanelQuotasSchema.default(DEFAULT_PANEL_QUOTAS),
    blindReview: z.boolean().default(false).describe('盲评: experts never see who bid'),
    recusal: RecusalRulesSchema.default(DEFAULT_RECUSAL_RULES),
    oneExpertPerOrganisation: z.boolean().default(false).describe('Panel diversity: at most one expert of a unit on each panel (同一单位专家每组至多 1 人)'),
  })
  .meta({ id: 'ReviewPolicy' });

export const SelectionPolicySchema = z
  .object({
    maxShortlisted: z.number().int().min(1).max(50),
    maxWinners: z.number().int().min(1).max(20).describe('Winners per challenge; > 1 allows race mode (赛马制)'),
    noticePeriodDays: z.number().int().min(1).max(60).describe('Days of public notice (公示) for objections'),
  })
  .meta({ id: 'SelectionPolicy' });

const policyShape = {
  eligibility: EligibilityPolicySchema,
  funding: FundingSchemeSchema,
  review: ReviewPolicySchema,
  selection: SelectionPolicySchema,
  lumpSumBudget: z.boolean().describe('经费包干制: the PI approves expenses; route and team changes are filed, not approved'),
};

/** Cross-field rules live in the domain (validateProgrammePolicy); this reports them at the right field path. */
const refinePolicy = (policy: ProgrammePolicy, ctx: z.core.$RefinementCtx) => {
  for (const issue of validateProgrammePolicy(policy)) ctx.addIssue({ code: 'custom', path: issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message: issue.message });
};

export const ProgrammePolicySchema = z.object(policyShape).superRefine(refinePolicy).meta({ id: 'ProgrammePolicy' });

/** PUT /api/programmes/:id/policy: the whole policy (it replaces the old one) plus the version you read. */
export const UpdateProgrammePolicyBody = z
  .object({ ...policyShape, ...VersionedCommand.shape })
  .superRefine((body, ctx) => refinePolicy(body, ctx));

export const ProgrammeMode = z.enum(PROGRAMME_MODES).describe('government_led | enterprise_led | government_industry_academia');

export const CreateProgrammeBody = z.object({
  tenantId: z.uuid().optional().describe('Tenant that owns the programme; defaults to your own. You must own programmes tenant-wide there'),
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, 'must be 2–40 letters, digits or hyphens').describe('Unique within the tenant; prefixes challenge codes'),
  name: NonEmpty(200),
  mode: ProgrammeMode,
  year: z.number().int().min(2000).max(2100),
  regionCode: RegionCode.nullable().default(null),
  description: z.string().trim().max(20_000).default(''),
  presetId: z.enum(POLICY_PRESET_IDS).describe('The policy preset to start from'),
  policy: ProgrammePolicySchema.optional().describe('A full policy replacing the preset’s (officers usually start from the preset and edit later)'),
});

export const ProgrammeView = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    tenantName: z.string().describe('The issuing authority or enterprise (发榜方)'),
    code: z.string(),
    name: z.string(),
    mode: ProgrammeMode,
    year: z.number().int(),
    regionCode: z.string().nullable(),
    description: z.string(),
    presetId: z.string().nullable(),
    policy: z.object(policyShape),
    status: z.enum(PROGRAMME_STATUSES),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Programme' });

export const ProgrammeSummary = ProgrammeView.omit({ policy: true, timeline: true, description: true }).meta({ id: 'ProgrammeSummary' });

export const ProgrammeListQuery = PageQuery.extend({
  tenantId: z.uuid().optional(),
  status: z.enum(PROGRAMME_STATUSES).optional(),
});

export const ProgrammeLifecycleBody = VersionedCommand.extend({ reason: z.string().trim().max(2000).default('') });

export const PolicyPresetView = z
  .object({ id: z.enum(POLICY_PRESET_IDS), label: z.string(), source: z.string(), policy: z.object(policyShape) })
  .meta({ id: 'PolicyPreset' });

export const FundingPreviewBody = z.object({ baseFen: Fen.describe('R&D input or contract value, in fen, depending on the scheme') });

export const FundingPreviewView = z
  .object({
    eligible: z.boolean(),
    amountFen: Fen,
    uncappedFen: Fen,
    capped: z.boolean(),
    recipient: z.enum(FUNDING_RECIPIENTS),
    base: z.enum(FUNDING_BASES).describe('What the rate applies to'),
    payoutTiming: z.enum(PAYOUT_TIMINGS),
    reason: z.enum(['below_minimum_base']).nullable(),
    minimumBaseFen: Fen.nullable(),
  })
  .meta({ id: 'FundingPreview' });
