import { presentAuditEvent } from '../../presenters/audit-event.presenter.ts';
import { auditEventRepository } from '../../repositories/audit-event.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadAuditScope } from './load-audit-scope.ts';

export interface ListAuditEventsInput {
  tenantId?: string | undefined;
  aggregateType?: string | undefined;
  aggregateId?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** The audit administrator searches the trail of the tenants they audit, newest first. */
export async function listAuditEvents(ctx: UseCaseContext, input: ListAuditEventsInput) {
  const tenants = await loadAuditScope(ctx, input.tenantId);
  const filter = {
    tenantIds: tenants.map((tenant) => tenant.id),
    aggregateType: input.aggregateType,
    aggregateId: input.aggregateId,
    type: input.type,
    from: input.from ? new Date(input.from) : undefined,
    to: input.to ? new Date(input.to) : undefined,
  };
  if (filter.tenantIds.length === 0) return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
  const [rows, total] = await Promise.all([
    auditEventRepository.page(ctx.deps.db, filter, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
    auditEventRepository.count(ctx.deps.db, filter),
  ]);
  return { items: rows.map(presentAuditEvent), total, page: input.page, pageSize: input.pageSize };
}
