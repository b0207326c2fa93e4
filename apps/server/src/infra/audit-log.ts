import { createHash } from 'node:crypto';
import type { Actor, AuditEventInput } from '@jiebang/domain';
import type { DbOrTx, RequestMeta, Tx } from '../context.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** Canonical JSON (sorted keys) so the hash is the same on every machine and database. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainedFields {
  tenantId: string;
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
  prevHash: string;
}

/** SM3 (GB/T 32905, 国密) over the previous hash and the canonical event: tampering with any row breaks the chain. */
export const chainHash = (fields: ChainedFields): string =>
  createHash('sm3').update(fields.prevHash).update(canonicalJson({ ...fields, prevHash: undefined })).digest('hex');

/**
 * Appends one audit event inside the caller's transaction. The per-tenant chain head is locked
 * (`for update`), which orders a tenant's events and makes `seq` gap-free.
 */
export async function recordAudit(trx: Tx, actor: Actor | null, request: RequestMeta, event: AuditEventInput & { id: string; occurredAt: Date }): Promise<void> {
  const head = await trx.selectFrom('audit_chain').select(['last_seq', 'last_hash']).where('tenant_id', '=', event.tenantId).forUpdate().executeTakeFirst();
  if (!head) {
    await trx.insertInto('audit_chain').values({ tenant_id: event.tenantId, last_seq: 0, last_hash: GENESIS_HASH }).onConflict((oc) => oc.doNothing()).execute();
    return recordAudit(trx, actor, request, event);
  }
  const fields: ChainedFields = {
    tenantId: event.tenantId,
    seq: head.last_seq + 1,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: actor?.userId ?? null,
    type: event.type,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    payload: event.payload,
    prevHash: head.last_hash,
  };
  const hash = chainHash(fields);
  await trx
    .insertInto('audit_event')
    .values({
      id: event.id,
      tenant_id: event.tenantId,
      seq: fields.seq,
      occurred_at: event.occurredAt,
      actor_user_id: fields.actorUserId,
      actor_name: actor?.displayName ?? null,
      type: event.type,
      aggregate_type: event.aggregateType,
      aggregate_id: event.aggregateId,
      payload: canonicalJson(event.payload),
      request_ip: request.ip,
      request_id: request.requestId,
      prev_hash: head.last_hash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_chain').set({ last_seq: fields.seq, last_hash: hash }).where('tenant_id', '=', event.tenantId).execute();
}

export interface ChainVerification {
  tenantId: string;
  events: number;
  valid: boolean;
  /** The first sequence number whose hash or link does not match, if any. */
  brokenAtSeq: number | null;
}

/** Re-computes a tenant's chain from the stored rows. */
export async function verifyAuditChain(db: DbOrTx, tenantId: string): Promise<ChainVerification> {
  const rows = await db.selectFrom('audit_event').selectAll().where('tenant_id', '=', tenantId).orderBy('seq').execute();
  let prevHash = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const expected = chainHash({
      tenantId: row.tenant_id,
      seq: row.seq,
      occurredAt: row.occurred_at.toISOString(),
      actorUserId: row.actor_user_id,
      type: row.type,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      payload: row.payload,
      prevHash,
    });
    if (row.seq !== index + 1 || row.prev_hash !== prevHash || row.hash !== expected) {
      return { tenantId, events: rows.length, valid: false, brokenAtSeq: row.seq };
    }
    prevHash = row.hash;
  }
  return { tenantId, events: rows.length, valid: true, brokenAtSeq: null };
}
