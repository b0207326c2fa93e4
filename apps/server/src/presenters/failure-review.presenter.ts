import { failureReviewActions, isIntegrityRecordActive, type Caller, type ContractSubject, type FailureFinding, type FailureReviewStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { IntegrityRecordRow } from '../repositories/integrity.repository.ts';
import type { TrailEntry } from '../repositories/supervision-trail.repository.ts';

export const presentIntegrityRecord = (row: IntegrityRecordRow, now: Date) => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  userId: row.user_id,
  userName: row.user_name,
  severity: row.severity,
  sourceKind: row.source_kind,
  sourceId: row.source_id,
  summary: row.summary,
  effectiveFrom: row.effective_from.toISOString(),
  effectiveUntil: row.effective_until?.toISOString() ?? null,
  active: isIntegrityRecordActive({ effectiveFrom: row.effective_from, effectiveUntil: row.effective_until }, now),
  createdAt: row.created_at.toISOString(),
});

export const presentFailureReview = (actor: Caller, contract: ContractSubject, row: Row<'failure_review'>, records: readonly IntegrityRecordRow[], now: Date, trail: TrailEntry[] = []) => ({
  id: row.id,
  contractId: row.contract_id,
  status: row.status as FailureReviewStatus,
  finding: row.finding as FailureFinding | null,
  reasoning: row.reasoning,
  openedAt: row.opened_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  integrityRecords: records.map((record) => presentIntegrityRecord(record, now)),
  version: row.version,
  actions: failureReviewActions(actor, contract, { status: row.status as FailureReviewStatus }),
  timeline: trail,
});
