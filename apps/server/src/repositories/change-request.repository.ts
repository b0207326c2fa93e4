import type { DbOrTx } from '../context.ts';

export const changeRequestRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('change_request').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('change_request').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('change_request').selectAll().where('contract_id', '=', contractId).orderBy('filed_at').orderBy('id').execute(),
};
