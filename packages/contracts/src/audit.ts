import { z } from 'zod';
import { PageQuery, Page, Timestamp } from './common.ts';

/** Filters of the audit trail (安全审计). Times are inclusive bounds on `occurredAt`. */
export const AuditEventQuery = PageQuery.extend({
  tenantId: z.uuid().optional().describe('One tenant; omitted = every tenant you audit'),
  aggregateType: z.string().trim().min(1).max(40).optional().describe('e.g. need, challenge, bid, contract'),
  aggregateId: z.uuid().optional(),
  type: z.string().trim().min(1).max(80).optional().describe('Exact event type, e.g. need.pool'),
  from: Timestamp.optional().describe('Earliest occurredAt (inclusive)'),
  to: Timestamp.optional().describe('Latest occurredAt (inclusive)'),
});

/**
 * One stored audit event with its place in the tenant's SM3 hash chain. The fields hashed are tenantId, seq,
 * occurredAt, actorUserId, type, aggregateType, aggregateId and payload (canonical JSON, sorted keys), after prevHash.
 */
export const AuditEventView = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    seq: z.number().int().min(1).describe('Gap-free position in the tenant chain, from 1'),
    occurredAt: Timestamp,
    actorUserId: z.uuid().nullable().describe('null = the system (seed, CLI, scheduled job)'),
    actorName: z.string().nullable(),
    type: z.string().describe('<aggregate>.<event>, e.g. need.pool'),
    aggregateType: z.string(),
    aggregateId: z.uuid(),
    payload: z.record(z.string(), z.unknown()),
    requestIp: z.string().nullable(),
    requestId: z.string().nullable(),
    prevHash: z.string().describe('Hash of the previous event of this tenant (64 zeros for the first)'),
    hash: z.string().describe('SM3 (GB/T 32905) hex digest chaining this event to prevHash'),
  })
  .meta({ id: 'AuditEvent' });

export const AuditEventPage = Page(AuditEventView).meta({ id: 'AuditEventPage' });

export const AuditVerifyQuery = z.object({
  tenantId: z.uuid().optional().describe('One tenant; omitted = every tenant you audit'),
});

export const ChainVerificationView = z
  .object({
    tenantId: z.uuid(),
    tenantCode: z.string(),
    tenantName: z.string(),
    events: z.number().int().describe('Events in the chain'),
    valid: z.boolean(),
    brokenAtSeq: z.number().int().nullable().describe('First sequence number whose link or hash does not match'),
  })
  .meta({ id: 'AuditChainVerification' });

export const AuditVerificationView = z
  .object({
    valid: z.boolean().describe('Every chain checked is intact'),
    checkedAt: Timestamp,
    chains: z.array(ChainVerificationView),
  })
  .meta({ id: 'AuditVerification' });
