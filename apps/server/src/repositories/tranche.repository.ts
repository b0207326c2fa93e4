import type { NewRow } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

export const trancheRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('tranche').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('tranche').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('tranche').selectAll().where('contract_id', '=', contractId).orderBy('sequence').execute(),
  listByContractForUpdate: (db: DbOrTx, contractId: string) => db.selectFrom('tranche').selectAll().where('contract_id', '=', contractId).orderBy('sequence').forUpdate().execute(),
  insertMany: async (db: DbOrTx, rows: NewRow<'tranche'>[]) => {
    if (rows.length) await db.insertInto('tranche').values(rows).execute();
  },
  deleteByContract: (db: DbOrTx, contractId: string) => db.deleteFrom('tranche').where('contract_id', '=', contractId).execute(),
};
