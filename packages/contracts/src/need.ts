import { z } from 'zod';
import { NEED_CATEGORIES, NEED_STATUSES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, Fen, NonEmpty, ReasonedCommand, Timestamp, VersionedCommand } from './common.ts';
import { IndicatorInput, IndicatorList } from './indicator.ts';

export const NeedCategory = z.enum(NEED_CATEGORIES).describe('key_core_technology 卡脖子 | industry_common_technology 共性技术 | results_transformation 成果转化');

export const CreateNeedBody = z.object({
  demanderOrgId: z.uuid().describe('The organisation raising the need; you must act for it as demander'),
  title: NonEmpty(200),
  category: NeedCategory,
  field: NonEmpty(100),
  industrialChain: z.string().trim().max(100).default(''),
  problemStatement: NonEmpty(20_000),
  applicationScenario: z.string().trim().max(20_000).default(''),
  indicators: IndicatorList,
  coFundingFen: Fen.default(0).describe('Co-funding the demander commits (配套资金), in fen'),
  isBasicResearch: z.boolean().default(false).describe('Flags a need outside the mechanism’s boundary; it can never be pooled'),
});

/** No defaults here: zod would fill omitted fields of a partial edit and silently reset them. */
export const UpdateNeedBody = z
  .object({
    title: NonEmpty(200),
    category: NeedCategory,
    field: NonEmpty(100),
    industrialChain: z.string().trim().max(100),
    problemStatement: NonEmpty(20_000),
    applicationScenario: z.string().trim().max(20_000),
    indicators: IndicatorList,
    coFundingFen: Fen,
    isBasicResearch: z.boolean(),
  })
  .partial()
  .extend(VersionedCommand.shape);

export const MergeNeedBody = VersionedCommand.extend({ targetNeedId: z.uuid().describe('The need this one is merged into') });
export const VetNeedBody = ReasonedCommand.extend({ opinion: z.string().trim().max(5000).default('').describe('Expert vetting opinion (论证意见)') });

export const NeedView = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    demanderOrgId: z.uuid(),
    demanderOrgName: z.string(),
    title: z.string(),
    category: NeedCategory,
    field: z.string(),
    industrialChain: z.string(),
    problemStatement: z.string(),
    applicationScenario: z.string(),
    indicators: z.array(IndicatorInput),
    coFundingFen: Fen,
    isBasicResearch: z.boolean(),
    status: z.enum(NEED_STATUSES),
    mergedIntoId: z.uuid().nullable(),
    vettingOpinion: z.string().nullable(),
    submittedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Need' });

export const NeedListQuery = z.object({
  status: z.enum(NEED_STATUSES).optional(),
});
