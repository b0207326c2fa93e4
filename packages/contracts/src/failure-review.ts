import { z } from 'zod';
import { FAILURE_FINDINGS, FAILURE_REVIEW_STATUSES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, NonEmpty, Timestamp, VersionedCommand } from './common.ts';

export const OpenFailureReviewBody = VersionedCommand.describe('version = the contract version you read');

export const DecideFailureReviewBody = VersionedCommand.extend({
  finding: z.enum(FAILURE_FINDINGS).describe('diligent_failure (免责, no record) | negligent_failure | misconduct'),
  reasoning: NonEmpty(10_000).describe('Findings from the research record: logs, reports, expenses'),
});

export const IntegrityRecordView = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().nullable(),
    organisationName: z.string().nullable(),
    userId: z.uuid().nullable(),
    userName: z.string().nullable(),
    severity: z.enum(['negligence', 'misconduct']),
    sourceKind: z.string(),
    sourceId: z.uuid(),
    summary: z.string(),
    effectiveFrom: Timestamp,
    effectiveUntil: Timestamp.nullable(),
    active: z.boolean().describe('In force now'),
    createdAt: Timestamp,
  })
  .meta({ id: 'IntegrityRecord' });

export const IntegrityRecordQuery = z.object({
  organisationId: z.uuid().optional(),
  userId: z.uuid().optional(),
});

export const IntegrityRecordList = z.object({ items: z.array(IntegrityRecordView) });

export const FailureReviewView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    status: z.enum(FAILURE_REVIEW_STATUSES),
    finding: z.enum(FAILURE_FINDINGS).nullable(),
    reasoning: z.string().nullable(),
    openedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
    integrityRecords: z.array(IntegrityRecordView).describe('Records this review created; always empty for a diligent failure'),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'FailureReview' });
