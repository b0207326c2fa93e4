import type { DbOrTx } from '../context.ts';

/** Data access for needs. Only moves rows; rules live in the domain and the use cases. */
export const needRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('need').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Row lock: the use case decides on a row nobody else can change before it commits. */
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('need').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  listByProgramme: (db: DbOrTx, programmeId: string, filter: { status?: string | undefined; demanderOrgIds?: string[] | undefined }) => {
    let query = db.selectFrom('need').selectAll().where('programme_id', '=', programmeId);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.demanderOrgIds) query = filter.demanderOrgIds.length ? query.where('demander_org_id', 'in', filter.demanderOrgIds) : query.where(({ lit }) => lit(false));
    return query.orderBy('created_at', 'desc').execute();
  },
};
