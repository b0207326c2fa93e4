import type { DbOrTx } from '../context.ts';

/** Data access for public notices (公示) and objections (异议). */
export const noticeRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('public_notice').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('public_notice').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  listByChallenge: (db: DbOrTx, challengeId: string) => db.selectFrom('public_notice').selectAll().where('challenge_id', '=', challengeId).orderBy('opens_at', 'desc').execute(),

  /** Open notices, and closed ones whose period ended after `closedSince`, newest first. */
  listPublic: (db: DbOrTx, closedSince: Date) =>
    db
      .selectFrom('public_notice')
      .selectAll()
      .where((eb) => eb.or([eb('status', '=', 'open'), eb.and([eb('status', '=', 'closed'), eb('closes_at', '>=', closedSince)])]))
      .orderBy('opens_at', 'desc')
      .limit(200)
      .execute(),

  objectionsOf: (db: DbOrTx, noticeId: string) => db.selectFrom('objection').selectAll().where('notice_id', '=', noticeId).orderBy('filed_at').execute(),

  countObjections: async (db: DbOrTx, noticeIds: readonly string[]): Promise<Map<string, number>> => {
    if (!noticeIds.length) return new Map();
    const rows = await db
      .selectFrom('objection')
      .select(['notice_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('notice_id', 'in', [...noticeIds])
      .groupBy('notice_id')
      .execute();
    return new Map(rows.map((row) => [row.notice_id, Number(row.n)]));
  },

  findObjection: (db: DbOrTx, id: string) => db.selectFrom('objection').selectAll().where('id', '=', id).executeTakeFirst(),
  findObjectionForUpdate: (db: DbOrTx, id: string) => db.selectFrom('objection').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
};
