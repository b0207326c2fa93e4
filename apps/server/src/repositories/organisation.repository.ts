import type { DbOrTx } from '../context.ts';

export const organisationRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIds: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('organisation').selectAll().where('id', 'in', [...ids]).execute() : Promise.resolve([])),
  namesById: async (db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> => {
    const rows = ids.length ? await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute() : [];
    return new Map(rows.map((row) => [row.id, row.name]));
  },
};
