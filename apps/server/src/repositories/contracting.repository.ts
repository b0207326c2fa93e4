import type { DbOrTx } from '../context.ts';

/**
 * The award, bid and challenge rows negotiation reads and moves. Kept apart from the bid/award slice's own
 * repositories: contracting only needs these few queries.
 */
export const contractingRepository = {
  findAwardForUpdate: (db: DbOrTx, id: string) => db.selectFrom('award').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findBid: (db: DbOrTx, id: string) => db.selectFrom('bid').selectAll().where('id', '=', id).executeTakeFirst(),
  findChallenge: (db: DbOrTx, id: string) => db.selectFrom('challenge').selectAll().where('id', '=', id).executeTakeFirst(),

  setAwardStatus: (db: DbOrTx, id: string, from: string, to: string) =>
    db.updateTable('award').set({ status: to }).where('id', '=', id).where('status', '=', from).executeTakeFirst(),

  /** The challenge a contract belongs to (never changes, so it may be read before any lock). */
  challengeIdOfContract: async (db: DbOrTx, contractId: string): Promise<string | undefined> =>
    (await db.selectFrom('contract').select('challenge_id').where('id', '=', contractId).executeTakeFirst())?.challenge_id,

  /**
   * Locks the challenge row: every fallback of a challenge takes this lock first, so two failed negotiations
   * of the same challenge (赛马制) pick their fallbacks one after the other and never the same bid.
   */
  lockChallenge: (db: DbOrTx, challengeId: string) => db.selectFrom('challenge').select('id').where('id', '=', challengeId).forUpdate().executeTakeFirst(),

  /** Bids of the challenge by id, locked (in id order, so concurrent lockers cannot deadlock): one is about to be selected. */
  challengeBidsForUpdate: (db: DbOrTx, challengeId: string, ids: readonly string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : db.selectFrom('bid').selectAll().where('challenge_id', '=', challengeId).where('id', 'in', [...ids]).orderBy('id').forUpdate().execute(),

  awardedBidIds: async (db: DbOrTx, challengeId: string): Promise<Set<string>> =>
    new Set((await db.selectFrom('award').select('bid_id').where('challenge_id', '=', challengeId).execute()).map((row) => row.bid_id)),

  /** Bids of the challenge with an upheld objection (异议成立) on any of its notices. */
  upheldObjectionBidIds: async (db: DbOrTx, challengeId: string): Promise<Set<string>> => {
    const rows = await db
      .selectFrom('objection')
      .innerJoin('public_notice', 'public_notice.id', 'objection.notice_id')
      .select('objection.bid_id')
      .where('public_notice.challenge_id', '=', challengeId)
      .where('objection.status', '=', 'upheld')
      .where('objection.bid_id', 'is not', null)
      .execute();
    return new Set(rows.flatMap((row) => (row.bid_id ? [row.bid_id] : [])));
  },

  maxAwardRank: async (db: DbOrTx, challengeId: string): Promise<number> => {
    const row = await db.selectFrom('award').select((eb) => eb.fn.max('rank').as('max')).where('challenge_id', '=', challengeId).executeTakeFirst();
    return Number(row?.max ?? 0);
  },

  isUserOfOrganisation: async (db: DbOrTx, userId: string, organisationId: string): Promise<boolean> => {
    const user = await db.selectFrom('app_user').select(['id', 'organisation_id', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
    if (!user || user.disabled_at) return false;
    if (user.organisation_id === organisationId) return true;
    const grant = await db.selectFrom('role_grant').select('id').where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirst();
    return grant !== undefined;
  },
};
