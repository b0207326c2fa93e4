import type { DbOrTx } from '../context.ts';

export const failureReviewRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('failure_review').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('failure_review').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findByContract: (db: DbOrTx, contractId: string) => db.selectFrom('failure_review').selectAll().where('contract_id', '=', contractId).executeTakeFirst(),
};
