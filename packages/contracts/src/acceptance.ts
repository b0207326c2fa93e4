import { z } from 'zod';
import { ACCEPTANCE_STATUSES, ACCEPTANCE_VERDICTS } from '@jiebang/domain';
import { Actions, AuditTrailEntry, Fen, NonEmpty, Timestamp, VersionedCommand } from './common.ts';
import { IndicatorInput } from './indicator.ts';

export const AcceptanceVerdictSchema = z.enum(ACCEPTANCE_VERDICTS);

export const RequestAcceptanceBody = VersionedCommand.describe('version = the contract version you read');

export const RecordVerdictBody = VersionedCommand.extend({
  indicatorKey: z.string().min(1).describe('Key of one of the contract’s indicators'),
  measuredValue: z.number().describe('The measured value, in the indicator’s unit'),
  evidence: z.string().trim().max(5000).default('').describe('Test report reference (第三方测评报告), site record…'),
  verdict: AcceptanceVerdictSchema.optional().describe('Omit to judge the value against target and threshold; an explicit verdict that differs needs a conditionNote'),
  conditionNote: z.string().trim().max(2000).optional(),
});

export const ConcludeAcceptanceBody = VersionedCommand.extend({
  summary: NonEmpty(5000).describe('Acceptance opinion (验收意见)'),
  actualContractValueFen: Fen.optional().describe('Contract value actually transacted (实际成交额): the base of a post-completion subsidy'),
});

export const IndicatorVerdictView = z.object({
  indicator: IndicatorInput,
  measuredValue: z.number().nullable(),
  judged: AcceptanceVerdictSchema.nullable().describe('What the measured value earns against target and threshold'),
  verdict: AcceptanceVerdictSchema.nullable(),
  evidence: z.string().nullable(),
  conditionNote: z.string().nullable(),
  recordedAt: Timestamp.nullable(),
});

export const AcceptanceView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    status: z.enum(ACCEPTANCE_STATUSES),
    outcome: AcceptanceVerdictSchema.nullable(),
    summary: z.string().nullable(),
    requestedAt: Timestamp,
    concludedAt: Timestamp.nullable(),
    indicators: z.array(IndicatorVerdictView),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Acceptance' });

export const TesterAcceptanceSummary = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    challengeCode: z.string().describe('榜单编号 of the challenge'),
    leadOrgName: z.string(),
    piName: z.string(),
    status: z.enum(ACCEPTANCE_STATUSES),
    requestedAt: Timestamp,
    indicatorCount: z.number().int().describe('Indicators of the contract to measure'),
    measuredCount: z.number().int().describe('Indicators with a measured value recorded so far'),
    version: z.number().int(),
    actions: Actions,
  })
  .meta({ id: 'TesterAcceptanceSummary' });

export const TesterAcceptanceList = z.object({ items: z.array(TesterAcceptanceSummary) });
