import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { migrateToLatest, openDatabase, type DatabaseHandle, type DatabaseTarget } from '@jiebang/db';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/env.ts';
import type { AppDeps } from './context.ts';
import { buildApp } from './http/app.ts';

/** Where embedded PGlite lives under DATA_DIR; the directory is kept for other local state (uploads, exports). */
export const PGLITE_SUBDIR = 'pglite';

export type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>;

export function databaseTargetOf(config: DatabaseConfig): DatabaseTarget {
  if (config.DATABASE_URL) return { kind: 'postgres', url: config.DATABASE_URL };
  return { kind: 'pglite', dataDir: resolve(config.DATA_DIR, PGLITE_SUBDIR) };
}

/** A human description without credentials, for start-up output. */
export function describeDatabase(config: DatabaseConfig): string {
  if (!config.DATABASE_URL) return `PGlite (embedded PostgreSQL) at ${resolve(config.DATA_DIR, PGLITE_SUBDIR)}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is one process's database: two processes writing the same directory corrupt it. A pid file makes a
 * second `jiebang` (say, `export-audit` while `npm start` runs) stop with a clear message instead.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const lockFile = join(dir, 'jiebang.pid');
  const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(`${dir} is in use by another Jiebang process (pid ${holder}); stop it first, or use DATABASE_URL for a shared PostgreSQL server (if pid ${holder} is not Jiebang, delete ${lockFile})`);
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, otherwise PGlite under DATA_DIR (created if missing). */
export async function openConfiguredDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const target = databaseTargetOf(config);
  if (target.kind === 'postgres' || !target.dataDir) return openDatabase(target);
  await mkdir(target.dataDir, { recursive: true });
  const unlock = await lockDataDir(resolve(target.dataDir, '..'));
  try {
    const handle = await openDatabase(target);
    return {
      ...handle,
      async close() {
        await handle.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** The production dependencies: the wall clock and random UUIDs. */
export const systemDeps = (handle: DatabaseHandle): AppDeps => ({ db: handle.db, now: () => new Date(), newId: randomUUID });

export interface StartTimings {
  /** Milliseconds for each phase, in order. */
  database: number;
  migrations: number;
  app: number;
  prepare: number;
  listen: number;
  /** Milliseconds since the process started (includes loading the code), when the server accepts requests. */
  sinceProcessStart: number;
}

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  deps: AppDeps;
  /** The URL to open in a browser (localhost when bound to every interface). */
  url: string;
  appliedMigrations: string[];
  timings: StartTimings;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  /** Runs after migrations, with the app built but not yet listening (the CLI seeds demo data here). */
  prepare?: (server: { deps: AppDeps; app: FastifyInstance; handle: DatabaseHandle }) => Promise<void>;
}

/** Opens and migrates the database, builds the app, runs `prepare` and listens on HOST:PORT. */
export async function startServer({ config, prepare }: StartOptions): Promise<RunningServer> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const elapsed = Math.round(now - mark);
    mark = now;
    return elapsed;
  };
  const handle = await openConfiguredDatabase(config);
  try {
    const database = lap();
    const migrated = await migrateToLatest(handle.db);
    const migrations = lap();
    const deps = systemDeps(handle);
    const app = await buildApp({ deps, config });
    const appTime = lap();
    if (prepare) await prepare({ deps, app, handle });
    const prepareTime = lap();
    await app.listen({ port: config.PORT, host: config.HOST });
    const listen = lap();
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    return {
      app,
      handle,
      deps,
      url: `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`,
      appliedMigrations: (migrated.results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName),
      timings: { database, migrations, app: appTime, prepare: prepareTime, listen, sinceProcessStart: Math.round(performance.now()) },
      async close() {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
