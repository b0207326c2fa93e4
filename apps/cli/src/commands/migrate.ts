import { migrateToLatest } from '@jiebang/db';
import { describeDatabase } from '@jiebang/server';
import { configFrom, withDatabase } from '../config.ts';
import type { CliIo } from '../io.ts';

/** `jiebang migrate`: applies every pending migration (forward-only). */
export async function migrateCommand(io: CliIo): Promise<string[]> {
  const config = configFrom(io);
  return withDatabase(config, async (deps) => {
    const result = await migrateToLatest(deps.db);
    const applied = (result.results ?? []).map((migration) => migration.migrationName);
    io.stdout.write(`${describeDatabase(config)}\n`);
    io.stdout.write(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'schema is up to date\n');
    return applied;
  });
}
