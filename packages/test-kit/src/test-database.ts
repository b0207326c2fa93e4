import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '@jiebang/db';
import type { AppDeps } from '@jiebang/server';
import { sql } from 'kysely';
import { inject } from 'vitest';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKind = (): TestDatabaseKind => (process.env.JIEBANG_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export interface TestDatabase {
  handle: DatabaseHandle;
  deps: AppDeps;
  clock: TestClock;
  kind: TestDatabaseKind;
  close(): Promise<void>;
}

/** A settable clock: tests move time to pass deadlines and notice periods instead of sleeping. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T01:00:00Z')) {}
  now = (): Date => new Date(this.current);
  set(at: Date | string) {
    this.current = new Date(at);
  }
  advanceDays(days: number) {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/**
 * A fresh, migrated database for one test file: a PGlite instance loaded from the migrated template, or a
 * private schema in the PostgreSQL server's `test` database (dropped on close).
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const kind = testDatabaseKind();
  const clock = new TestClock();
  if (kind === 'pglite') {
    const template = await readFile(inject('pgliteTemplatePath'));
    const handle = await openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([template]) });
    return { handle, kind, clock, deps: { db: handle.db, now: clock.now, newId: randomUUID }, close: () => handle.close() };
  }
  const url = process.env.JIEBANG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const handle = await openDatabase({ kind: 'postgres', url, schema, poolSize: 8 });
  await migrateToLatest(handle.db);
  return {
    handle,
    kind,
    clock,
    deps: { db: handle.db, now: clock.now, newId: randomUUID },
    async close() {
      await handle.close();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}
