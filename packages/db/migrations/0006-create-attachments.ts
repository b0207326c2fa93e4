import { sql, type Kysely } from 'kysely';

/**
 * Files attached to a bid (申报材料) or a need. Kept in PostgreSQL itself, not on a disk beside it: one code path
 * for PGlite and the server, and attachments travel with every database backup. `sm3` is the hex SM3 digest
 * (GB/T 32905) of `content`, shown to users so a downloaded file can be checked against what was filed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table attachment (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      owner_kind text not null check (owner_kind in ('bid','need')),
      owner_id uuid not null,
      file_name text not null,
      content_type text not null,
      size_bytes bigint not null check (size_bytes > 0),
      sm3 text not null check (sm3 ~ '^[0-9a-f]{64}$'),
      content bytea not null,
      uploaded_by uuid not null references app_user(id),
      created_at timestamptz not null default now()
    );
    create index attachment_owner on attachment(owner_kind, owner_id);
  `.execute(db);
}
