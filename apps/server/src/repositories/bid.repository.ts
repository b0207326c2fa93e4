import type { DbOrTx } from '../context.ts';

export type ChallengeLock = 'none' | 'share' | 'update';

/** Data access for bids and their consortium members. Only moves rows; rules live in the domain and the use cases. */
export const bidRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('bid').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Row lock: the use case decides on a row nobody else can change before it commits. */
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('bid').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  findByChallengeAndLead: (db: DbOrTx, challengeId: string, leadOrgId: string) =>
    db.selectFrom('bid').select(['id', 'status']).where('challenge_id', '=', challengeId).where('lead_org_id', '=', leadOrgId).executeTakeFirst(),

  listByChallenge: (db: DbOrTx, challengeId: string, statuses?: readonly string[]) => {
    let query = db.selectFrom('bid').selectAll().where('challenge_id', '=', challengeId);
    if (statuses) query = statuses.length ? query.where('status', 'in', [...statuses]) : query.where(({ lit }) => lit(false));
    return query.orderBy('submitted_at').orderBy('created_at').execute();
  },

  listByIds: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('bid').selectAll().where('id', 'in', [...ids]).execute() : Promise.resolve([])),

  /** Bids where one of `orgIds` leads or is a member, or `userId` is the PI. */
  listForParties: (db: DbOrTx, filter: { orgIds: readonly string[]; userId: string }) =>
    db
      .selectFrom('bid')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('pi_user_id', '=', filter.userId),
          ...(filter.orgIds.length
            ? [eb('lead_org_id', 'in', [...filter.orgIds]), eb('id', 'in', eb.selectFrom('bid_member').select('bid_id').where('organisation_id', 'in', [...filter.orgIds]))]
            : []),
        ]),
      )
      .orderBy('created_at', 'desc')
      .execute(),

  membersOf: (db: DbOrTx, bidId: string) => db.selectFrom('bid_member').selectAll().where('bid_id', '=', bidId).execute(),

  membersOfMany: async (db: DbOrTx, bidIds: readonly string[]) => {
    const rows = bidIds.length ? await db.selectFrom('bid_member').selectAll().where('bid_id', 'in', [...bidIds]).execute() : [];
    const byBid = new Map<string, typeof rows>();
    for (const row of rows) byBid.set(row.bid_id, [...(byBid.get(row.bid_id) ?? []), row]);
    return byBid;
  },

  countInStatuses: async (db: DbOrTx, challengeId: string, statuses: readonly string[], excludeBidId?: string) => {
    let query = db.selectFrom('bid').select((eb) => eb.fn.countAll<number>().as('n')).where('challenge_id', '=', challengeId).where('status', 'in', [...statuses]);
    if (excludeBidId) query = query.where('id', '<>', excludeBidId);
    return Number((await query.executeTakeFirstOrThrow()).n);
  },

  /** Applications (申报) of an organisation as lead in a programme: everything but drafts and withdrawn bids. */
  countOtherApplicationsOfLead: async (db: DbOrTx, programmeId: string, leadOrgId: string, excludeBidId: string) => {
    const row = await db
      .selectFrom('bid')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('programme_id', '=', programmeId)
      .where('lead_org_id', '=', leadOrgId)
      .where('id', '<>', excludeBidId)
      .where('status', 'not in', ['draft', 'withdrawn'])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Organisations that won in a programme (award awarded or contracted). */
  previousWinnerOrgIds: async (db: DbOrTx, programmeId: string) => {
    const rows = await db
      .selectFrom('award')
      .innerJoin('challenge', 'challenge.id', 'award.challenge_id')
      .select('award.lead_org_id')
      .where('challenge.programme_id', '=', programmeId)
      .where('award.status', 'in', ['awarded', 'contracted'])
      .execute();
    return new Set(rows.map((row) => row.lead_org_id));
  },

  /** Integrity records (诚信档案) in force at `now` for any of the organisations or the user, across tenants. */
  activeIntegrityRecords: (db: DbOrTx, filter: { orgIds: readonly string[]; userId: string; now: Date }) =>
    db
      .selectFrom('integrity_record')
      .select(['organisation_id', 'user_id', 'severity', 'summary'])
      .where((eb) => eb.or([eb('user_id', '=', filter.userId), ...(filter.orgIds.length ? [eb('organisation_id', 'in', [...filter.orgIds])] : [])]))
      .where('effective_from', '<=', filter.now)
      .where((eb) => eb.or([eb('effective_until', 'is', null), eb('effective_until', '>', filter.now)]))
      .execute(),
};

/** The challenge columns evaluation decides on; read here so this area does not depend on the challenge API. */
export const evaluationChallengeRepository = {
  find: (db: DbOrTx, id: string, lock: ChallengeLock = 'none') => {
    const query = db.selectFrom('challenge').selectAll().where('id', '=', id);
    return (lock === 'update' ? query.forUpdate() : lock === 'share' ? query.forShare() : query).executeTakeFirst();
  },
  findMany: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('challenge').selectAll().where('id', 'in', [...ids]).execute() : Promise.resolve([])),
};

/** Users as evaluation needs them: the PI's unit, an expert's units and grants. */
export const evaluationUserRepository = {
  find: (db: DbOrTx, id: string) => db.selectFrom('app_user').select(['id', 'tenant_id', 'display_name', 'organisation_id', 'disabled_at']).where('id', '=', id).executeTakeFirst(),
  grantsOf: (db: DbOrTx, userId: string) => db.selectFrom('role_grant').select(['role', 'organisation_id', 'programme_id', 'tenant_id']).where('user_id', '=', userId).execute(),
  namesById: async (db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> => {
    const rows = ids.length ? await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', [...new Set(ids)]).execute() : [];
    return new Map(rows.map((row) => [row.id, row.display_name]));
  },
};

/** Unique violation (SQLSTATE 23505), from the server or PGlite. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === '23505';
