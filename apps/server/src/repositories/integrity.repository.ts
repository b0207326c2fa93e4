import type { NewRow } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

const withNames = (db: DbOrTx) =>
  db
    .selectFrom('integrity_record as r')
    .leftJoin('organisation as o', 'o.id', 'r.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'r.user_id')
    .selectAll('r')
    .select(['o.name as organisation_name', 'u.display_name as user_name']);

/** 信用管理 records. Append-only: a record expires by its `effective_until`, it is never deleted. */
export const integrityRepository = {
  insert: (db: DbOrTx, row: NewRow<'integrity_record'>) => db.insertInto('integrity_record').values(row).execute(),

  listBySource: (db: DbOrTx, sourceKind: string, sourceId: string) =>
    withNames(db).where('r.source_kind', '=', sourceKind).where('r.source_id', '=', sourceId).orderBy('r.created_at').orderBy('r.organisation_id').execute(),

  list: (db: DbOrTx, filter: { tenantIds: readonly string[]; organisationId?: string | undefined; userId?: string | undefined }) => {
    let query = withNames(db).where('r.tenant_id', 'in', [...filter.tenantIds]);
    if (filter.organisationId) query = query.where('r.organisation_id', '=', filter.organisationId);
    if (filter.userId) query = query.where('r.user_id', '=', filter.userId);
    return query.orderBy('r.created_at', 'desc').orderBy('r.id').limit(500).execute();
  },
};

export type IntegrityRecordRow = Awaited<ReturnType<typeof integrityRepository.list>>[number];
