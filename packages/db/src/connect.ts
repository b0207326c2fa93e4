import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// BIGINT (money in fen, counts) as JS numbers: every amount we store is a safe integer of fen, and the
// driver's default (string) would make PGlite-through-pg and server PG disagree with our types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new Error(`BIGINT ${value} exceeds the safe integer range`);
  return parsed;
});
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Kysely<Database>;
  target: DatabaseTarget['kind'];
  /** The embedded instance, when there is one (tests dump it as a template). */
  pglite: PGlite | null;
  close(): Promise<void>;
}

/**
 * Opens the same Kysely-over-`pg` stack on either database: a PostgreSQL server, or embedded PGlite
 * reached through its `pg` adapter. One code path means one set of queries, types and migrations.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, target: 'postgres', pglite: null, close: () => db.destroy() };
  }
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  // PGlite is a single connection: a pool of one serialises transactions instead of interleaving them.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    target: 'pglite',
    pglite,
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
