import type { DbOrTx } from '../context.ts';

/** Data access for platform tenants (the national, provincial and city offices and the issuing units). */
export const tenantRepository = {
  /** Every tenant, the national and provincial offices first, then by code: the list registration picks from. */
  listAll: (db: DbOrTx) =>
    db
      .selectFrom('tenant')
      .select(['code', 'name', 'level', 'region_code'])
      .orderBy((eb) => eb.case().when('level', '=', 'national').then(0).when('level', '=', 'province').then(1).when('level', '=', 'city').then(2).else(3).end())
      .orderBy('code')
      .execute(),

  namesById: async (db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> => {
    const rows = ids.length ? await db.selectFrom('tenant').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute() : [];
    return new Map(rows.map((row) => [row.id, row.name]));
  },
};
