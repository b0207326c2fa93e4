import type { NewRow } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

export const milestoneRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('milestone').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('milestone').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('milestone').selectAll().where('contract_id', '=', contractId).orderBy('sequence').execute(),
  insertMany: async (db: DbOrTx, rows: NewRow<'milestone'>[]) => {
    if (rows.length) await db.insertInto('milestone').values(rows).execute();
  },
  deleteByContract: (db: DbOrTx, contractId: string) => db.deleteFrom('milestone').where('contract_id', '=', contractId).execute(),
};
