import { sql, type Kysely } from 'kysely';

/**
 * Supervision, achievement and failure tolerance: contracts (任务书) with tranches and milestones, change requests,
 * lump-sum expenses, acceptance per indicator, results-based payouts, failure reviews and integrity records.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table contract (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      programme_id uuid not null references programme(id),
      challenge_id uuid not null references challenge(id),
      award_id uuid not null references award(id) unique,
      bid_id uuid not null references bid(id),
      lead_org_id uuid not null references organisation(id),
      demander_org_id uuid references organisation(id),
      pi_user_id uuid not null references app_user(id),
      contract_value_fen bigint not null default 0,
      actual_contract_value_fen bigint,
      rd_input_fen bigint not null default 0,
      indicators jsonb not null,
      deliverables jsonb not null,
      ip_terms text not null default '',
      status text not null,
      signed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index contract_lead_org on contract(lead_org_id);
    create index contract_pi on contract(pi_user_id);

    create table milestone (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id),
      sequence integer not null,
      title text not null,
      due_date date not null,
      deliverables jsonb not null,
      status text not null,
      report text,
      review_opinion text,
      reviewed_by uuid references app_user(id),
      reviewed_at timestamptz,
      version integer not null default 1,
      unique (contract_id, sequence)
    );

    create table tranche (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id),
      sequence integer not null,
      share_bp integer not null check (share_bp between 1 and 10000),
      amount_fen bigint not null,
      trigger text not null check (trigger in ('signing','milestone','acceptance')),
      milestone_id uuid references milestone(id),
      status text not null,
      paid_at timestamptz,
      paid_by uuid references app_user(id),
      version integer not null default 1,
      unique (contract_id, sequence)
    );

    create table change_request (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id),
      kind text not null,
      summary text not null,
      details jsonb not null,
      status text not null,
      filed_by uuid not null references app_user(id),
      filed_at timestamptz not null default now(),
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      decision_note text,
      version integer not null default 1
    );
    create index change_request_contract on change_request(contract_id);

    create table expense (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id),
      category text not null,
      description text not null,
      amount_fen bigint not null check (amount_fen > 0),
      incurred_on date not null,
      status text not null,
      submitted_by uuid not null references app_user(id),
      submitted_at timestamptz not null default now(),
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      version integer not null default 1
    );
    create index expense_contract on expense(contract_id);

    create table acceptance (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id),
      status text not null,
      outcome text,
      requested_by uuid not null references app_user(id),
      requested_at timestamptz not null default now(),
      concluded_by uuid references app_user(id),
      concluded_at timestamptz,
      summary text,
      version integer not null default 1
    );
    create index acceptance_contract on acceptance(contract_id);

    create table acceptance_verdict (
      acceptance_id uuid not null references acceptance(id),
      indicator_key text not null,
      measured_value text not null,
      verdict text not null check (verdict in ('passed','passed_with_conditions','failed')),
      evidence text not null default '',
      condition_note text,
      recorded_by uuid not null references app_user(id),
      recorded_at timestamptz not null default now(),
      primary key (acceptance_id, indicator_key)
    );

    create table payout (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id),
      scheme_kind text not null,
      base_fen bigint not null,
      amount_fen bigint not null,
      recipient_kind text not null,
      recipient_org_id uuid references organisation(id),
      computation jsonb not null,
      status text not null,
      idempotency_key text not null unique,
      computed_by uuid not null references app_user(id),
      computed_at timestamptz not null default now(),
      approved_by uuid references app_user(id),
      approved_at timestamptz,
      paid_at timestamptz,
      version integer not null default 1
    );
    create index payout_contract on payout(contract_id);

    create table failure_review (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      contract_id uuid not null references contract(id) unique,
      status text not null,
      finding text,
      reasoning text,
      opened_by uuid not null references app_user(id),
      opened_at timestamptz not null default now(),
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      version integer not null default 1
    );

    create table integrity_record (
      id uuid primary key,
      tenant_id uuid not null references tenant(id),
      organisation_id uuid references organisation(id),
      user_id uuid references app_user(id),
      severity text not null check (severity in ('negligence','misconduct')),
      source_kind text not null,
      source_id uuid not null,
      summary text not null,
      effective_from timestamptz not null,
      effective_until timestamptz,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      check (organisation_id is not null or user_id is not null)
    );
    create index integrity_record_org on integrity_record(organisation_id);
    create index integrity_record_user on integrity_record(user_id);
  `.execute(db);
}
