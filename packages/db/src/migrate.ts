import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from '../migrations/index.ts';

/** Applies every migration not yet applied, in name order. Forward-only: there is no `down`. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  // Pin the bookkeeping tables to the connection's own schema: left unset, Kysely looks for them across all
  // schemas and skips creating them when another schema (a parallel test file) already has them.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrationTableSchema = rows[0]?.schema ?? 'public';
  const migrator = new Migrator({
    db,
    migrationTableSchema,
    provider: { getMigrations: async () => MIGRATIONS as Record<string, Migration> },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}
