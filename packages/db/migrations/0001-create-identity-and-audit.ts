import { sql, type Kysely } from 'kysely';

/** Tenants, organisations, users, role grants, sessions, the append-only hash-chained audit trail, in-site messages. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table tenant (
      id uuid primary key,
      code text not null unique,
      name text not null,
      level text not null check (level in ('national','province','city','enterprise','university')),
      region_code text,
      parent_id uuid references tenant(id),
      created_at timestamptz not null default now()
    );

    create table organisation (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      name text not null,
      name_en text,
      type text not null check (type in ('enterprise','university','institute','new_rd_institution','government')),
      uscc char(18) unique,
      country_code char(2) not null default 'CN',
      foreign_registration_number text,
      region_code char(6),
      is_legal_entity boolean not null default true,
      created_at timestamptz not null default now(),
      version integer not null default 1,
      check (uscc is not null or (country_code <> 'CN' and foreign_registration_number is not null))
    );

    create table app_user (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      username text not null unique,
      display_name text not null,
      password_hash text not null,
      organisation_id uuid references organisation(id),
      email text,
      phone text,
      created_at timestamptz not null default now(),
      disabled_at timestamptz
    );

    create table role_grant (
      id uuid primary key,
      user_id uuid not null references app_user(id),
      tenant_id uuid not null references tenant(id),
      role text not null,
      organisation_id uuid references organisation(id),
      programme_id uuid,
      created_at timestamptz not null default now()
    );
    create index role_grant_user on role_grant(user_id);

    create table user_session (
      token_hash text primary key,
      user_id uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now(),
      ip text
    );
    create index user_session_user on user_session(user_id);

    create table audit_chain (
      tenant_id uuid primary key references tenant(id),
      last_seq bigint not null,
      last_hash text not null
    );

    create table audit_event (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      seq bigint not null,
      occurred_at timestamptz not null,
      actor_user_id uuid,
      actor_name text,
      type text not null,
      aggregate_type text not null,
      aggregate_id uuid not null,
      payload jsonb not null,
      request_ip text,
      request_id text,
      prev_hash text not null,
      hash text not null,
      unique (tenant_id, seq)
    );
    create index audit_event_aggregate on audit_event(aggregate_type, aggregate_id);
    create index audit_event_time on audit_event(occurred_at);

    create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only';
    end;
    $$;
    create trigger audit_event_no_update before update or delete on audit_event
      for each row execute function audit_event_is_append_only();

    create table notification (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      user_id uuid references app_user(id),
      organisation_id uuid references organisation(id),
      kind text not null,
      title text not null,
      body text not null,
      aggregate_type text not null,
      aggregate_id uuid not null,
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notification_user on notification(user_id);
    create index notification_org on notification(organisation_id);
  `.execute(db);
}
