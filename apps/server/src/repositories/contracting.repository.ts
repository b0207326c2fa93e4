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

  /** The best-ranked bid of the challenge still waiting on the shortlist (locked: it is about to be selected). */
  nextShortlistedBidForUpdate: (db: DbOrTx, challengeId: string) =>
    db
      .selectFrom('bid')
      .selectAll()
      .where('challenge_id', '=', challengeId)
      .where('status', '=', 'shortlisted')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('award').select('award.id').whereRef('award.bid_id', '=', 'bid.id'))))
      .orderBy((eb) => eb.case().when('rank', 'is', null).then(1).else(0).end())
      .orderBy('rank')
      .orderBy('total_score', 'desc')
      .orderBy('submitted_at')
      .limit(1)
      .forUpdate()
      .executeTakeFirst(),

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
