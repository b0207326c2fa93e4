import type { DbOrTx } from '../context.ts';

export const payoutRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('payout').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('payout').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findByIdempotencyKey: (db: DbOrTx, key: string) => db.selectFrom('payout').selectAll().where('idempotency_key', '=', key).executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('payout').selectAll().where('contract_id', '=', contractId).orderBy('computed_at').orderBy('id').execute(),
};
