import { sql, type Kysely } from 'kysely';

/** Screening (筛选机制): programmes with their policy, needs (需求), challenge groups (项目群) and challenges (榜单). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table programme (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      code text not null,
      name text not null,
      mode text not null check (mode in ('government_led','enterprise_led','government_industry_academia')),
      description text not null default '',
      year integer not null,
      region_code char(6),
      policy_preset text,
      policy jsonb not null,
      status text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (tenant_id, code)
    );

    create table need (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      programme_id uuid not null references programme(id),
      demander_org_id uuid not null references organisation(id),
      title text not null,
      category text not null,
      field text not null,
      industrial_chain text not null default '',
      problem_statement text not null,
      application_scenario text not null default '',
      indicators jsonb not null,
      co_funding_fen bigint not null default 0,
      is_basic_research boolean not null default false,
      status text not null,
      merged_into_id uuid references need(id),
      vetting_opinion text,
      created_by uuid not null references app_user(id),
      submitted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index need_programme on need(programme_id, status);

    create table challenge_group (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      programme_id uuid not null references programme(id),
      name text not null,
      description text not null default '',
      continuity boolean not null default true,
      created_at timestamptz not null default now()
    );

    create table challenge (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      programme_id uuid not null references programme(id),
      code text not null,
      title text not null,
      field text not null,
      industrial_chain text not null default '',
      problem_statement text not null,
      application_scenario text not null default '',
      indicators jsonb not null,
      deliverables jsonb not null,
      duration_months integer not null,
      budget_fen bigint not null,
      co_funding_fen bigint not null default 0,
      allocation_mode text not null check (allocation_mode in ('open_challenge','claim','direct_assignment')),
      designated_org_id uuid references organisation(id),
      demander_org_id uuid references organisation(id),
      group_id uuid references challenge_group(id),
      group_sequence integer,
      version_no integer not null default 1,
      previous_version_id uuid references challenge(id),
      bid_deadline timestamptz,
      ip_terms text not null default '',
      confidentiality text not null default 'public',
      contact text not null default '',
      max_winners integer not null default 1,
      status text not null,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (tenant_id, code, version_no)
    );
    create index challenge_status on challenge(status, bid_deadline);
    create index challenge_programme on challenge(programme_id);

    create table challenge_need (
      challenge_id uuid not null references challenge(id),
      need_id uuid not null references need(id),
      primary key (challenge_id, need_id)
    );
  `.execute(db);
}
