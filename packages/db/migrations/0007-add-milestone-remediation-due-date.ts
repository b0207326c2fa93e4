import { sql, type Kysely } from 'kysely';

/**
 * 限期整改 names a deadline: the date by which the team must report on the milestone again. Kept as its own
 * column (not inside the opinion text) so it can be shown, listed and checked. Null unless the last review
 * decided remediate.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table milestone add column remediation_due_date date`.execute(db);
}
