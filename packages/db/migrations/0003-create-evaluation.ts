import { sql, type Kysely } from 'kysely';

/** Evaluation (评价机制): bids with consortium members, expert panels, scores, public notices and objections, awards. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table bid (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      challenge_id uuid not null references challenge(id),
      programme_id uuid not null references programme(id),
      lead_org_id uuid not null references organisation(id),
      pi_user_id uuid not null references app_user(id),
      title text not null,
      technical_proposal text not null,
      indicator_commitments jsonb not null,
      budget_fen bigint not null,
      rd_input_fen bigint not null default 0,
      pi_commitment_signed_at timestamptz,
      status text not null,
      eligibility_report jsonb,
      total_score numeric,
      rank integer,
      submitted_at timestamptz,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      -- one bid per organisation per challenge
      unique (challenge_id, lead_org_id)
    );
    create index bid_lead_org on bid(lead_org_id);

    create table bid_member (
      bid_id uuid not null references bid(id),
      organisation_id uuid not null references organisation(id),
      role text not null check (role in ('lead','member')),
      task text not null,
      budget_share_bp integer not null check (budget_share_bp between 0 and 10000),
      primary key (bid_id, organisation_id)
    );
    create index bid_member_org on bid_member(organisation_id);

    create table review_panel (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      challenge_id uuid not null references challenge(id) unique,
      rubric jsonb not null,
      status text not null,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      version integer not null default 1
    );

    create table panel_member (
      panel_id uuid not null references review_panel(id),
      expert_user_id uuid not null references app_user(id),
      panel_role text not null check (panel_role in ('technical','industry','finance','legal','demander')),
      assigned_by uuid not null references app_user(id),
      assigned_at timestamptz not null default now(),
      primary key (panel_id, expert_user_id)
    );

    create table review_score (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      panel_id uuid not null references review_panel(id),
      bid_id uuid not null references bid(id),
      expert_user_id uuid not null references app_user(id),
      criterion_scores jsonb not null,
      total numeric not null,
      comment text not null default '',
      submitted_at timestamptz not null default now(),
      unique (bid_id, expert_user_id)
    );

    create table public_notice (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      challenge_id uuid not null references challenge(id),
      title text not null,
      body text not null,
      proposed_bid_ids jsonb not null,
      opens_at timestamptz not null,
      closes_at timestamptz not null,
      status text not null,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index public_notice_challenge on public_notice(challenge_id);

    create table objection (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      notice_id uuid not null references public_notice(id),
      bid_id uuid references bid(id),
      objector_name text not null,
      objector_contact text not null,
      reason text not null,
      status text not null,
      ruling text,
      ruled_by uuid references app_user(id),
      ruled_at timestamptz,
      filed_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index objection_notice on objection(notice_id);

    create table award (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      challenge_id uuid not null references challenge(id),
      bid_id uuid not null references bid(id) unique,
      lead_org_id uuid not null references organisation(id),
      rank integer not null,
      status text not null,
      awarded_by uuid not null references app_user(id),
      awarded_at timestamptz not null default now()
    );
    create index award_lead_org on award(lead_org_id);
  `.execute(db);
}
