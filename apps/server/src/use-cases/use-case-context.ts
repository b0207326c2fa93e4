import { DomainError, type Actor, type AuditEventInput, type Caller } from '@jiebang/domain';
import type { AppDeps, RequestMeta, Tx } from '../context.ts';
import { recordAudit } from '../infra/audit-log.ts';

/** Everything a use case is called with besides its input: dependencies, the caller, and where the call came from. */
export interface UseCaseContext {
  deps: AppDeps;
  actor: Caller;
  request: RequestMeta;
}

export function requireActor(ctx: UseCaseContext): Actor {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this');
  return ctx.actor;
}

/** Throws FORBIDDEN unless `allowed`; `action` names what was refused (e.g. `challenge.publish`). */
export function authorise(allowed: boolean, action: string): void {
  if (!allowed) throw new DomainError('FORBIDDEN', `You may not ${action.replace('.', ' ')}`, { rule: action });
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} ${id} not found`, { rule: `${what}.not_found` });
}

export async function audit(trx: Tx, ctx: UseCaseContext, event: AuditEventInput): Promise<void> {
  await recordAudit(trx, ctx.actor, ctx.request, { ...event, id: ctx.deps.newId(), occurredAt: ctx.deps.now() });
}

/** The audit event for a lifecycle transition: `<aggregate>.<event>` with from/to. */
export async function auditTransition(
  trx: Tx,
  ctx: UseCaseContext,
  event: Omit<AuditEventInput, 'type' | 'payload'> & { event: string; from: string; to: string; payload?: Record<string, unknown> },
): Promise<void> {
  await audit(trx, ctx, {
    tenantId: event.tenantId,
    type: `${event.aggregateType}.${event.event}`,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    payload: { from: event.from, to: event.to, ...event.payload },
  });
}

export interface NotificationInput {
  tenantId: string;
  userId?: string | null;
  organisationId?: string | null;
  kind: string;
  title: string;
  body: string;
  aggregateType: string;
  aggregateId: string;
}

/** An in-site message (站内消息), written in the same transaction as the change it reports. */
export async function notify(trx: Tx, ctx: UseCaseContext, message: NotificationInput): Promise<void> {
  await trx
    .insertInto('notification')
    .values({
      id: ctx.deps.newId(),
      tenant_id: message.tenantId,
      user_id: message.userId ?? null,
      organisation_id: message.organisationId ?? null,
      kind: message.kind,
      title: message.title,
      body: message.body,
      aggregate_type: message.aggregateType,
      aggregate_id: message.aggregateId,
      created_at: ctx.deps.now(),
    })
    .execute();
}
