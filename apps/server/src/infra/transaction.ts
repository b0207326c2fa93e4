import type { AppDeps, Tx } from '../context.ts';

/**
 * Runs `work` in one database transaction: the state change, its audit event and any notifications commit
 * together or not at all.
 */
export const inTransaction = <T>(deps: AppDeps, work: (trx: Tx) => Promise<T>): Promise<T> =>
  deps.db.transaction().execute(work);
