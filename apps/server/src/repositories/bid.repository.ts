import type { DbOrTx } from '../context.ts';

export type ChallengeLock = 'none' | 'share' | 'update';

/** Data access for bids and their consortium members. Only moves rows; rules live in the domain and the use cases. */
export const bidRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('bid').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Row lock: the use case decides on a row nobody else can change before it commits. */
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('bid').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  findByChallengeAndLead: (db: DbOrTx, challengeId: string, leadOrgId: string) =>
    db.selectFrom('bid').select(['id', 'status']).where('challenge_id', '=', challengeId).where('lead_org_id', '=', leadOrgId).executeTakeFirst(),

  /** Whether any of these organisations leads a bid (in any status) on the challenge: one bid per organisation. */
  existsForLeads: async (db: DbOrTx, challengeId: string, leadOrgIds: readonly string[]): Promise<boolean> =>
    leadOrgIds.length > 0 &&
    (await db.selectFrom('bid').select('id').where('challenge_id', '=', challengeId).where('lead_org_id', 'in', [...leadOrgIds]).limit(1).executeTakeFirst()) !== undefined,

  listByChallenge: (db: DbOrTx, challengeId: string, statuses?: readonly string[]) => {
    let query = db.selectFrom('bid').selectAll().where('challenge_id', '=', challengeId);
    if (statuses) query = statuses.length ? query.where('status', 'in', [...statuses]) : query.where(({ lit }) => lit(false));
    return query.orderBy('submitted_at').orderBy('created_at').execute();
  },

  listByIds: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('bid').selectAll().where('id', 'in', [...ids]).execute() : Promise.resolve([])),

  listByChallenges: (db: DbOrTx, challengeIds: readonly string[], statuses: readonly string[]) =>
    challengeIds.length && statuses.length
      ? db.selectFrom('bid').selectAll().where('challenge_id', 'in', [...challengeIds]).where('status', 'in', [...statuses]).orderBy('submitted_at').orderBy('created_at').execute()
      : Promise.resolve([]),

  /**
   * A page of the bids a user is a party to, newest first: an organisation they act for as bidder staff leads it,
   * one they act for as bidder or consortium staff is a member, or they are its PI. The same parties the bid
   * policy lets view a bid, so the page needs no filtering afterwards and its total is exact.
   */
  pageForParties: async (db: DbOrTx, filter: { leadOrgIds: readonly string[]; memberOrgIds: readonly string[]; userId: string; page: number; pageSize: number }) => {
    const query = db.selectFrom('bid').where((eb) =>
      eb.or([
        eb('pi_user_id', '=', filter.userId),
        ...(filter.leadOrgIds.length ? [eb('lead_org_id', 'in', [...filter.leadOrgIds])] : []),
        ...(filter.memberOrgIds.length ? [eb('id', 'in', eb.selectFrom('bid_member').select('bid_id').where('role', '=', 'member').where('organisation_id', 'in', [...filter.memberOrgIds]))] : []),
      ]),
    );
    const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const rows = await query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { total: Number(total), rows };
  },

  /** Challenges among `challengeIds` with a shortlist: ranks are set only by shortlisting (or a claim taking the challenge). */
  challengesWithShortlist: async (db: DbOrTx, challengeIds: readonly string[]): Promise<Set<string>> => {
    if (!challengeIds.length) return new Set();
    const rows = await db.selectFrom('bid').select('challenge_id').distinct().where('challenge_id', 'in', [...new Set(challengeIds)]).where('rank', 'is not', null).execute();
    return new Set(rows.map((row) => row.challenge_id));
  },

  /** The latest return for revision of each bid (its audit event): when it happened and the resubmission date it promised. */
  lastReturnsOf: async (db: DbOrTx, bidIds: readonly string[]): Promise<Map<string, { occurredAt: Date; resubmitBy: string | null }>> => {
    if (!bidIds.length) return new Map();
    const rows = await db
      .selectFrom('audit_event')
      .select(['aggregate_id', 'occurred_at', 'payload'])
      .where('aggregate_type', '=', 'bid')
      .where('type', '=', 'bid.return_for_revision')
      .where('aggregate_id', 'in', [...new Set(bidIds)])
      .orderBy('occurred_at')
      .orderBy('seq')
      .execute();
    const latest = new Map<string, { occurredAt: Date; resubmitBy: string | null }>();
    for (const row of rows) {
      const resubmitBy = (row.payload as { resubmitBy?: unknown }).resubmitBy;
      latest.set(row.aggregate_id, { occurredAt: row.occurred_at, resubmitBy: typeof resubmitBy === 'string' ? resubmitBy : null });
    }
    return latest;
  },

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
