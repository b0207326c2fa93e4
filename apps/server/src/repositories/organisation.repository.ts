import type { DbOrTx } from '../context.ts';

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export const organisationRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIds: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('organisation').selectAll().where('id', 'in', [...ids]).execute() : Promise.resolve([])),
  namesById: async (db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> => {
    const rows = ids.length ? await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute() : [];
    return new Map(rows.map((row) => [row.id, row.name]));
  },

  findByUscc: (db: DbOrTx, uscc: string) => db.selectFrom('organisation').select('id').where('uscc', '=', uscc).executeTakeFirst(),
  findByForeignRegistration: (db: DbOrTx, countryCode: string, registrationNumber: string) =>
    db.selectFrom('organisation').select('id').where('country_code', '=', countryCode).where('foreign_registration_number', '=', registrationNumber).executeTakeFirst(),
  findTenantByCode: (db: DbOrTx, code: string) => db.selectFrom('tenant').select(['id', 'name']).where('code', '=', code).executeTakeFirst(),
  usernameTaken: async (db: DbOrTx, username: string): Promise<boolean> => (await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst()) !== undefined,

  /** Active users of the organisation (their home, or a grant for it) with the roles they hold for it, by name. */
  membersOf: async (db: DbOrTx, organisationId: string) => {
    const users = await db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where('disabled_at', 'is', null)
      .where((eb) => eb.or([eb('organisation_id', '=', organisationId), eb('id', 'in', eb.selectFrom('role_grant').select('user_id').where('organisation_id', '=', organisationId))]))
      .orderBy('display_name')
      .orderBy('id')
      .execute();
    const grants = users.length
      ? await db.selectFrom('role_grant').select(['user_id', 'role']).where('organisation_id', '=', organisationId).where('user_id', 'in', users.map((user) => user.id)).orderBy('role').execute()
      : [];
    return users.map((user) => ({ id: user.id, displayName: user.display_name, roles: [...new Set(grants.filter((grant) => grant.user_id === user.id).map((grant) => grant.role))] }));
  },

  /** Name (Chinese or English) or USCC contains `q`; across tenants, since bidders pick partners from anywhere. */
  search: async (db: DbOrTx, filter: { q: string; page: number; pageSize: number }) => {
    let query = db.selectFrom('organisation');
    if (filter.q) {
      const pattern = likePattern(filter.q);
      query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('name_en', 'ilike', pattern), eb('uscc', 'ilike', pattern)]));
    }
    const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const rows = await query
      .select(['id', 'name', 'name_en', 'type', 'uscc', 'region_code', 'country_code'])
      .orderBy('name')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { total: Number(total), rows };
  },
};
