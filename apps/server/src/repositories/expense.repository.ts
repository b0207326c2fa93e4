import type { DbOrTx } from '../context.ts';

export const expenseRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('expense').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('expense').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('expense').selectAll().where('contract_id', '=', contractId).orderBy('submitted_at').orderBy('id').execute(),
};
