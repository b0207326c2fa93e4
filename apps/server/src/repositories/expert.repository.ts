import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '@jiebang/db';
import type { DbOrTx, Tx } from '../context.ts';
import { likePattern } from './organisation.repository.ts';

const none = <T>(): Promise<T[]> => Promise.resolve([]);

/** Seats that still count against an expert's load cap: open panels, seats not declined or withdrawn. */
const OPEN_PANEL_STATUSES = ['forming', 'scoring'];
const COUNTED_SEAT_STATUSES = ['invited', 'accepted'];

/**
 * The experts a tenant's programmes draw on (with `expert_profile.status = 'active'`, the pool of an assignment run):
 * profiles owned by the tenant's pool or a pool above it (provincial, national), and profiles shared with the tenant
 * by an expert grant there.
 */
export const inDrawingPool = (eb: ExpressionBuilder<Database, 'expert_profile'>, pools: { ownerTenantIds: readonly string[]; sharedWithTenantIds: readonly string[] }) =>
  eb.or([
    ...(pools.ownerTenantIds.length ? [eb('expert_profile.tenant_id', 'in', [...pools.ownerTenantIds])] : []),
    ...(pools.sharedWithTenantIds.length
      ? [eb('expert_profile.user_id', 'in', eb.selectFrom('role_grant').select('user_id').where('role', '=', 'expert_reviewer').where('tenant_id', 'in', [...pools.sharedWithTenantIds]))]
      : []),
  ]);

export interface ExpertListFilter {
  /** The officer's tenants: profiles their pools own (applications and suspended ones too), or shared with them by an expert grant. */
  tenantIds: readonly string[];
  /** The pools above those tenants: their active experts are drawable too (an assignment run draws on them). */
  poolsAboveTenantIds: readonly string[];
  q: string;
  panelRole?: string | undefined;
  tier?: string | undefined;
  status?: string | undefined;
  fieldCode?: string | undefined;
  regionCode?: string | undefined;
  page: number;
  pageSize: number;
}

const profileColumns = [
  'expert_profile.user_id',
  'expert_profile.tenant_id',
  'expert_profile.status',
  'expert_profile.panel_role',
  'expert_profile.tier',
  'expert_profile.field_codes',
  'expert_profile.expertise',
  'expert_profile.professional_title',
  'expert_profile.organisation_id',
  'expert_profile.organisation_name',
  'expert_profile.region_code',
  'expert_profile.load_cap',
  'expert_profile.rating',
  'expert_profile.unavailable',
  'expert_profile.application_note',
  'expert_profile.rejection_reason',
  'expert_profile.version',
  'app_user.display_name',
  'app_user.username',
  'app_user.phone',
  'app_user.email',
] as const;

/** A region filter: a province (xx0000) or prefecture (xxxx00) covers every code inside it. */
const regionPrefix = (code: string) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

/** Data access for the expert pool (专家库): profiles with their accounts, loads, grants and declared relations. */
export const expertRepository = {
  list: async (db: DbOrTx, filter: ExpertListFilter) => {
    if (!filter.tenantIds.length) return { total: 0, rows: [] };
    let query = db
      .selectFrom('expert_profile')
      .innerJoin('app_user', 'app_user.id', 'expert_profile.user_id')
      .where('app_user.disabled_at', 'is', null)
      .where((eb) =>
        eb.or([
          inDrawingPool(eb, { ownerTenantIds: filter.tenantIds, sharedWithTenantIds: filter.tenantIds }),
          eb.and([inDrawingPool(eb, { ownerTenantIds: filter.poolsAboveTenantIds, sharedWithTenantIds: [] }), eb('expert_profile.status', '=', 'active')]),
        ]),
      );
    if (filter.q) {
      const pattern = likePattern(filter.q);
      query = query.where((eb) =>
        eb.or([eb('app_user.display_name', 'ilike', pattern), eb('expert_profile.expertise', 'ilike', pattern), eb('expert_profile.organisation_name', 'ilike', pattern), eb('expert_profile.professional_title', 'ilike', pattern)]),
      );
    }
    if (filter.panelRole) query = query.where('expert_profile.panel_role', '=', filter.panelRole);
    if (filter.tier) query = query.where('expert_profile.tier', '=', filter.tier);
    if (filter.status) query = query.where('expert_profile.status', '=', filter.status);
    if (filter.fieldCode) query = query.where(sql<boolean>`expert_profile.field_codes @> ${JSON.stringify([filter.fieldCode])}::jsonb`);
    if (filter.regionCode) query = query.where('expert_profile.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
    const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const rows = await query
      .select(profileColumns)
      // Applications waiting for a decision come first: they are the office's work.
      .orderBy(sql`case when expert_profile.status = 'pending' then 0 else 1 end`)
      .orderBy('app_user.display_name')
      .orderBy('expert_profile.user_id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { total: Number(total), rows };
  },

  find: (db: DbOrTx, userId: string) =>
    db.selectFrom('expert_profile').innerJoin('app_user', 'app_user.id', 'expert_profile.user_id').select(profileColumns).where('expert_profile.user_id', '=', userId).where('app_user.disabled_at', 'is', null).executeTakeFirst(),

  /** Locks the profile row: two officers deciding on one expert are serialised. */
  lock: (trx: Tx, userId: string) => trx.selectFrom('expert_profile').select(['user_id', 'version']).where('user_id', '=', userId).forUpdate().executeTakeFirst(),

  /** For each expert, the tenants where they hold the expert grant (whose programmes may draw them). */
  drawTenantIds: async (db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string[]>> => {
    const rows = userIds.length ? await db.selectFrom('role_grant').select(['user_id', 'tenant_id']).where('role', '=', 'expert_reviewer').where('user_id', 'in', [...userIds]).execute() : [];
    const byUser = new Map<string, string[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.user_id)?.push(row.tenant_id);
    return byUser;
  },

  currentLoads: async (db: DbOrTx, userIds: readonly string[]): Promise<Map<string, number>> => {
    const rows = userIds.length
      ? await db
          .selectFrom('panel_member')
          .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
          .select(['panel_member.expert_user_id', (eb) => eb.fn.countAll<number>().as('seats')])
          .where('panel_member.expert_user_id', 'in', [...userIds])
          .where('review_panel.status', 'in', OPEN_PANEL_STATUSES)
          .where('panel_member.invitation_status', 'in', COUNTED_SEAT_STATUSES)
          .groupBy('panel_member.expert_user_id')
          .execute()
      : [];
    return new Map(rows.map((row) => [row.expert_user_id, Number(row.seats)]));
  },

  relationsOf: (db: DbOrTx, userId: string) => db.selectFrom('expert_relation').selectAll().where('expert_user_id', '=', userId).orderBy('created_at').orderBy('id').execute(),

  findRelation: (db: DbOrTx, id: string) => db.selectFrom('expert_relation').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Of `usernames`, those already taken (compared as typed and lower-cased, as the import compares them). */
  takenUsernames: async (db: DbOrTx, usernames: readonly string[]): Promise<Set<string>> => {
    if (!usernames.length) return new Set();
    const rows = await db
      .selectFrom('app_user')
      .select('username')
      .where(sql<boolean>`lower(username) in (${sql.join(usernames.map((name) => name.toLowerCase()))})`)
      .execute();
    return new Set(rows.map((row) => row.username.toLowerCase()));
  },

  organisationsByUscc: async (db: DbOrTx, usccs: readonly string[]): Promise<Map<string, { id: string; name: string }>> => {
    const rows = usccs.length ? await db.selectFrom('organisation').select(['id', 'name', 'uscc']).where('uscc', 'in', [...new Set(usccs)]).execute() : [];
    return new Map(rows.map((row) => [row.uscc!, { id: row.id, name: row.name }]));
  },

  organisation: (db: DbOrTx, id: string) => db.selectFrom('organisation').select(['id', 'name']).where('id', '=', id).executeTakeFirst(),

  tenantNames: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('tenant').select(['id', 'name']).where('id', 'in', [...ids]).execute() : none<{ id: string; name: string }>()),

  hasGrant: async (db: DbOrTx, userId: string, tenantId: string) =>
    (await db.selectFrom('role_grant').select('id').where('user_id', '=', userId).where('tenant_id', '=', tenantId).where('role', '=', 'expert_reviewer').executeTakeFirst()) !== undefined,
};

export type ExpertRow = NonNullable<Awaited<ReturnType<typeof expertRepository.find>>>;
export type ExpertRelationRow = Awaited<ReturnType<typeof expertRepository.relationsOf>>[number];
