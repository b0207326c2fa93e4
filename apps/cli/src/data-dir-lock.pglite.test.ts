import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo, createCliTestDatabase, type CliTestDatabase } from './cli-test-database.ts';
import { runCli } from './cli.ts';
import { EXIT } from './io.ts';

/** Only an embedded data directory has a process lock; a PostgreSQL server arbitrates its own clients. */
describe('PGlite data directory lock', { timeout: 60_000 }, () => {
  let database: CliTestDatabase;
  const run = async (...argv: string[]) => {
    const io = captureIo(database.env);
    const code = await runCli(argv, io);
    return { code, err: io.err() };
  };
  beforeAll(async () => {
    database = await createCliTestDatabase();
    expect(database.kind).toBe('pglite');
  });
  afterAll(() => database.cleanup());

  it('refuses a directory held by another live process, and ignores a stale lock', async () => {
    const lock = join(database.env.DATA_DIR!, 'jiebang.pid');
    await writeFile(lock, String(process.ppid));
    const held = await run('migrate');
    expect(held.code).toBe(EXIT.failed);
    expect(held.err).toContain(`in use by another Jiebang process (pid ${process.ppid})`);
    await writeFile(lock, '4194303');
    expect((await run('migrate')).code).toBe(EXIT.ok);
  });
});
