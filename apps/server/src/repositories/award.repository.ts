import type { DbOrTx } from '../context.ts';

/** Data access for awards (揭榜成功). */
export const awardRepository = {
  listByChallenge: (db: DbOrTx, challengeId: string) => db.selectFrom('award').selectAll().where('challenge_id', '=', challengeId).orderBy('rank').execute(),
  findById: (db: DbOrTx, id: string) => db.selectFrom('award').selectAll().where('id', '=', id).executeTakeFirst(),
};
