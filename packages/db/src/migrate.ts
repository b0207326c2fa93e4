import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from '../migrations/index.ts';

/** Applies every migration not yet applied, in name order. Forward-only: there is no `down`. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS as Record<string, Migration> },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}
