import type { DbOrTx } from '../context.ts';

export interface AuditEventFilter {
  tenantIds: readonly string[];
  aggregateType?: string | undefined;
  aggregateId?: string | undefined;
  type?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

const filtered = (db: DbOrTx, filter: AuditEventFilter) => {
  let query = db.selectFrom('audit_event').where('tenant_id', 'in', [...filter.tenantIds]);
  if (filter.aggregateType) query = query.where('aggregate_type', '=', filter.aggregateType);
  if (filter.aggregateId) query = query.where('aggregate_id', '=', filter.aggregateId);
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.from) query = query.where('occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('occurred_at', '<=', filter.to);
  return query;
};

export const auditEventRepository = {
  tenants: (db: DbOrTx) => db.selectFrom('tenant').select(['id', 'code', 'name', 'parent_id']).orderBy('code').execute(),

  /** Newest first: what an auditor looks at first. */
  page: (db: DbOrTx, filter: AuditEventFilter, page: { limit: number; offset: number }) =>
    filtered(db, filter).selectAll().orderBy('occurred_at', 'desc').orderBy('tenant_id').orderBy('seq', 'desc').limit(page.limit).offset(page.offset).execute(),

  count: async (db: DbOrTx, filter: AuditEventFilter): Promise<number> => {
    const row = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    return Number(row.total);
  },

  /** One tenant's events in chain order, a batch after `afterSeq` (keyset paging keeps exports flat in memory). */
  chainBatch: (db: DbOrTx, filter: AuditEventFilter, afterSeq: number, limit: number) =>
    filtered(db, filter).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute(),
};
