import { DomainError } from '@jiebang/domain';
import type { Database } from '@jiebang/db';
import type { UpdateObject } from 'kysely';
import type { Tx } from '../context.ts';

type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: unknown } ? K : never;
}[keyof Database];

/**
 * Optimistic concurrency: updates the row only if it still has `expectedVersion`, and bumps the version.
 * Under PostgreSQL's READ COMMITTED the second of two racing updates waits for the first to commit, re-reads
 * the row, no longer matches the version and updates nothing: that caller gets STALE_VERSION (409).
 */
export async function updateVersioned<T extends VersionedTable>(
  trx: Tx,
  table: T,
  id: string,
  expectedVersion: number,
  patch: UpdateObject<Database, T, T>,
): Promise<number> {
  const result = await (trx as any)
    .updateTable(table)
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new DomainError('STALE_VERSION', `${table} ${id} was changed by someone else (expected version ${expectedVersion}); reload and try again`, {
      rule: `${table}.stale_version`,
      expectedVersion,
    });
  }
  return expectedVersion + 1;
}
