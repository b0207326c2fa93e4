import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

/**
 * The latest closed public notice of a challenge, with its proposed winners and alternates (候补,
 * `alternate_bid_ids`, in rank order): after the award it is the notice the award rests on, so a fallback after
 * a failed negotiation takes only its alternates (those without an upheld objection).
 */
export const latestClosedNotice = (db: DbOrTx, challengeId: string): Promise<Row<'public_notice'> | undefined> =>
  db
    .selectFrom('public_notice')
    .selectAll()
    .where('challenge_id', '=', challengeId)
    .where('status', '=', 'closed')
    // id last: two notices opened in the same instant still have one stable order
    .orderBy('opens_at', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Data access for public notices (公示) and objections (异议). */
export const noticeRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('public_notice').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('public_notice').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  /** Newest first: a new notice is opened only once the previous one closed or was withdrawn. */
  listByChallenge: (db: DbOrTx, challengeId: string) => db.selectFrom('public_notice').selectAll().where('challenge_id', '=', challengeId).orderBy('opens_at', 'desc').execute(),

  latestClosedNotice,

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
