import { sql, type Kysely } from 'kysely';

/**
 * 专家库, 回避 and 专家抽取: expert profiles with their declared relations, the bidder's avoid-list, invitations
 * on panel seats (self-declaration at acceptance), recorded assignment runs (mode, seed, inputs, result) so a
 * draw can be replayed, and the defence/roadshow (答辩/路演) schedule. Existing programmes get the new review
 * policy fields with their defaults; existing panel seats count as accepted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table expert_profile (
      user_id uuid primary key references app_user(id),
      tenant_id uuid not null references tenant(id),
      status text not null check (status in ('pending','active','suspended','rejected')),
      panel_role text not null check (panel_role in ('technical','industry','finance','legal')),
      tier text not null check (tier in ('general','major')),
      field_codes jsonb not null default '[]',
      expertise text not null default '',
      professional_title text not null default '',
      organisation_id uuid references organisation(id),
      organisation_name text not null default '',
      region_code char(6),
      load_cap integer not null default 5 check (load_cap between 0 and 100),
      rating integer not null default 80 check (rating between 0 and 100),
      unavailable jsonb not null default '[]',
      application_note text not null default '',
      reviewed_by uuid references app_user(id),
      reviewed_at timestamptz,
      rejection_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index expert_profile_tenant_status on expert_profile(tenant_id, status);

    create table expert_relation (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      expert_user_id uuid not null references app_user(id),
      kind text not null check (kind in ('relative','collaboration','mentorship','other')),
      person_name text not null default '',
      organisation_id uuid references organisation(id),
      organisation_name text not null default '',
      related_user_id uuid references app_user(id),
      year integer,
      note text not null default '',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now()
    );
    create index expert_relation_expert on expert_relation(expert_user_id);

    alter table bid add column avoided_experts jsonb not null default '[]';

    alter table panel_member add column invitation_status text not null default 'accepted'
      check (invitation_status in ('invited','accepted','declined','withdrawn'));
    alter table panel_member add column responded_at timestamptz;
    alter table panel_member add column decline_reason text;
    alter table panel_member add column declared_conflict boolean not null default false;
    alter table panel_member add column source text not null default 'manual' check (source in ('manual','solver','alternate'));
    alter table panel_member add column affinity numeric;
    alter table panel_member add column assignment_run_id uuid;
    alter table panel_member add column override_reason text;

    create table assignment_run (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      programme_id uuid not null references programme(id),
      mode text not null check (mode in ('optimal','random','fair')),
      seed bigint,
      algorithm_version text not null,
      input jsonb not null,
      input_digest text not null,
      result jsonb not null,
      objective numeric not null,
      shortfall integer not null,
      solve_ms numeric not null,
      status text not null check (status in ('proposed','applied','discarded')),
      replay_of uuid references assignment_run(id),
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      applied_by uuid references app_user(id),
      applied_at timestamptz,
      version integer not null default 1
    );
    create index assignment_run_programme on assignment_run(programme_id, created_at);

    create table defence_slot (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      panel_id uuid not null references review_panel(id),
      bid_id uuid not null references bid(id) unique,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      format text not null check (format in ('onsite','online')),
      venue text not null default '',
      status text not null check (status in ('scheduled','held','absent','cancelled')),
      note text not null default '',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      version integer not null default 1,
      check (ends_at > starts_at)
    );
    create index defence_slot_panel on defence_slot(panel_id, starts_at);

  `.execute(db);
  // Existing programmes: the defaults the presets carry (PRODUCT policy: same unit, 3-year collaboration, relatives, ≤ 3 avoided).
  await sql`update programme set policy = jsonb_set(policy, '{review}', (policy->'review') || ${JSON.stringify(REVIEW_POLICY_DEFAULTS)}::jsonb)`.execute(db);
}

const REVIEW_POLICY_DEFAULTS = {
  panelQuotas: { technical: 3, industry: 1, finance: 1, legal: 0 },
  blindReview: false,
  recusal: { sameOrganisation: true, collaborationYears: 3, relatives: true, avoidListMax: 3, sameRegion: false },
};
