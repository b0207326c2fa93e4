import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '@jiebang/db';
import { openConfiguredDatabase } from '@jiebang/server';
import { sql } from 'kysely';
import type { CliIo } from './io.ts';

/**
 * An empty database for CLI tests, reached the way an operator reaches it: through DATA_DIR (a fresh PGlite
 * directory) or DATABASE_URL (a private schema of the test server, selected with `options=-c search_path=`).
 */
export interface CliTestDatabase {
  kind: 'pglite' | 'postgres';
  env: Record<string, string>;
  /** Opens the same database directly (to inspect or tamper between commands). Close it before the next command on PGlite. */
  open(): Promise<DatabaseHandle>;
  cleanup(): Promise<void>;
}

export async function createCliTestDatabase(): Promise<CliTestDatabase> {
  if (process.env.JIEBANG_TEST_DB !== 'postgres') {
    const dir = await mkdtemp(join(tmpdir(), 'jiebang-cli-'));
    return {
      kind: 'pglite',
      env: { DATA_DIR: dir, LOG_LEVEL: 'warn' },
      open: () => openConfiguredDatabase({ DATA_DIR: dir, DATABASE_URL: undefined }),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.JIEBANG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `t_cli_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url: base, poolSize: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  return {
    kind: 'postgres',
    env: { DATABASE_URL: `${base}?options=${encodeURIComponent(`-c search_path=${schema}`)}`, LOG_LEVEL: 'warn' },
    open: () => openDatabase({ kind: 'postgres', url: base, schema, poolSize: 2 }),
    async cleanup() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
  /** Resolves the pending `untilStopped()`, as SIGTERM would. */
  stop(signal?: string): void;
}

/** A CliIo that records what a command prints. */
export function captureIo(env: Record<string, string | undefined>): CapturedIo {
  let stdout = '';
  let stderr = '';
  let stop: (signal: string) => void = () => undefined;
  return {
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    untilStopped: () => new Promise((resolve) => (stop = resolve)),
    out: () => stdout,
    err: () => stderr,
    stop: (signal = 'SIGTERM') => stop(signal),
  };
}
