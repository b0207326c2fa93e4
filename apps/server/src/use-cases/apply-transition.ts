import type { AuditedAggregate, Lifecycle } from '@jiebang/domain';
import type { Database } from '@jiebang/db';
import type { Tx } from '../context.ts';
import { updateVersioned } from '../infra/versioned-update.ts';
import { auditTransition, type UseCaseContext } from './use-case-context.ts';

type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: unknown; status: string } ? K : never;
}[keyof Database];

export interface TransitionRequest<S extends string, E extends string> {
  lifecycle: Lifecycle<S, E>;
  table: VersionedTable & AuditedAggregate;
  row: { id: string; tenant_id: string; status: string; version: number };
  event: E;
  /** The version the caller read; defaults to the row's current version. */
  expectedVersion?: number | undefined;
  /** Other columns to set with the status (timestamps, opinions…). */
  patch?: Record<string, unknown>;
  auditPayload?: Record<string, unknown>;
}

/**
 * The common shape of a state change: check the transition table, update the row under optimistic
 * concurrency, and write the `<aggregate>.<event>` audit event, all inside the caller's transaction.
 */
export async function applyTransition<S extends string, E extends string>(trx: Tx, ctx: UseCaseContext, request: TransitionRequest<S, E>): Promise<{ from: S; to: S; version: number }> {
  const from = request.row.status as S;
  const to = request.lifecycle.transition(from, request.event);
  const version = await updateVersioned(trx, request.table, request.row.id, request.expectedVersion ?? request.row.version, { status: to, ...request.patch } as never);
  await auditTransition(trx, ctx, {
    tenantId: request.row.tenant_id,
    aggregateType: request.table,
    aggregateId: request.row.id,
    event: request.event,
    from,
    to,
    ...(request.auditPayload ? { payload: request.auditPayload } : {}),
  });
  return { from, to, version };
}
