import type { Row } from '@jiebang/db';

/** The stored event as the API and the export show it: the chained fields under the names the hash uses. */
export const presentAuditEvent = (row: Row<'audit_event'>) => ({
  id: row.id,
  tenantId: row.tenant_id,
  seq: row.seq,
  occurredAt: row.occurred_at.toISOString(),
  actorUserId: row.actor_user_id,
  actorName: row.actor_name,
  type: row.type,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  payload: row.payload,
  requestIp: row.request_ip,
  requestId: row.request_id,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export type AuditEventRecord = ReturnType<typeof presentAuditEvent>;
