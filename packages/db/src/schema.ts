import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** timestamptz: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read parsed; written as a JSON string (pg does not serialise arrays as JSON by itself). */
type Json<T> = ColumnType<T, string, string>;
/** DATE: read as 'YYYY-MM-DD' (the parser in connect.ts keeps it a string: no timezone drift). */
type DateOnly = ColumnType<string, string, string>;
type Version = ColumnType<number, number | undefined, number>;

export interface TenantTable {
  id: string;
  code: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'enterprise' | 'university';
  region_code: string | null;
  parent_id: string | null;
  created_at: DefaultTimestamp;
}

export interface OrganisationTable {
  id: string;
  tenant_id: string;
  name: string;
  name_en: string | null;
  type: string;
  uscc: string | null;
  country_code: ColumnType<string, string | undefined, string>;
  foreign_registration_number: string | null;
  region_code: string | null;
  is_legal_entity: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: DefaultTimestamp;
  version: Version;
}

export interface AppUserTable {
  id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  organisation_id: string | null;
  email: string | null;
  phone: string | null;
  created_at: DefaultTimestamp;
  disabled_at: Timestamp | null;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  tenant_id: string;
  role: string;
  organisation_id: string | null;
  programme_id: string | null;
  created_at: DefaultTimestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  last_seen_at: DefaultTimestamp;
  ip: string | null;
}

export interface AuditChainTable {
  tenant_id: string;
  last_seq: number;
  last_hash: string;
}

export interface AuditEventTable {
  id: string;
  tenant_id: string;
  seq: number;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_name: string | null;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Json<Record<string, unknown>>;
  request_ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface NotificationTable {
  id: string;
  tenant_id: string;
  user_id: string | null;
  organisation_id: string | null;
  kind: string;
  title: string;
  body: string;
  aggregate_type: string;
  aggregate_id: string;
  created_at: DefaultTimestamp;
  read_at: Timestamp | null;
}

export interface ProgrammeTable {
  id: string;
  tenant_id: string;
  code: string;
  name: string;
  mode: string;
  description: ColumnType<string, string | undefined, string>;
  year: number;
  region_code: string | null;
  policy_preset: string | null;
  policy: Json<unknown>;
  status: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Version;
}

export interface NeedTable {
  id: string;
  tenant_id: string;
  programme_id: string;
  demander_org_id: string;
  title: string;
  category: string;
  field: string;
  industrial_chain: ColumnType<string, string | undefined, string>;
  problem_statement: string;
  application_scenario: ColumnType<string, string | undefined, string>;
  indicators: Json<unknown>;
  co_funding_fen: ColumnType<number, number | undefined, number>;
  is_basic_research: ColumnType<boolean, boolean | undefined, boolean>;
  status: string;
  merged_into_id: string | null;
  vetting_opinion: string | null;
  created_by: string;
  submitted_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Version;
}

export interface ChallengeGroupTable {
  id: string;
  tenant_id: string;
  programme_id: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  continuity: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: DefaultTimestamp;
}

export interface ChallengeTable {
  id: string;
  tenant_id: string;
  programme_id: string;
  code: string;
  title: string;
  field: string;
  industrial_chain: ColumnType<string, string | undefined, string>;
  problem_statement: string;
  application_scenario: ColumnType<string, string | undefined, string>;
  indicators: Json<unknown>;
  deliverables: Json<unknown>;
  duration_months: number;
  budget_fen: number;
  co_funding_fen: ColumnType<number, number | undefined, number>;
  allocation_mode: string;
  designated_org_id: string | null;
  demander_org_id: string | null;
  group_id: string | null;
  group_sequence: number | null;
  version_no: ColumnType<number, number | undefined, number>;
  previous_version_id: string | null;
  bid_deadline: Timestamp | null;
  ip_terms: ColumnType<string, string | undefined, string>;
  confidentiality: ColumnType<string, string | undefined, string>;
  contact: ColumnType<string, string | undefined, string>;
  max_winners: ColumnType<number, number | undefined, number>;
  status: string;
  published_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Version;
}

export interface ChallengeNeedTable {
  challenge_id: string;
  need_id: string;
}

export interface BidTable {
  id: string;
  tenant_id: string;
  challenge_id: string;
  programme_id: string;
  lead_org_id: string;
  pi_user_id: string;
  title: string;
  technical_proposal: string;
  indicator_commitments: Json<unknown>;
  budget_fen: number;
  rd_input_fen: ColumnType<number, number | undefined, number>;
  pi_commitment_signed_at: Timestamp | null;
  status: string;
  eligibility_report: Json<unknown> | null;
  total_score: number | null;
  rank: number | null;
  submitted_at: Timestamp | null;
  /** The bidder's avoid-list (申请回避): [{ name, organisationName, reason }], at most the programme's avoidListMax. */
  avoided_experts: ColumnType<unknown, string | undefined, string>;
  created_by: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Version;
}

export interface BidMemberTable {
  bid_id: string;
  organisation_id: string;
  role: 'lead' | 'member';
  task: string;
  budget_share_bp: number;
}

export interface ReviewPanelTable {
  id: string;
  tenant_id: string;
  challenge_id: string;
  rubric: Json<unknown>;
  status: string;
  created_by: string;
  created_at: DefaultTimestamp;
  version: Version;
}

export interface PanelMemberTable {
  panel_id: string;
  expert_user_id: string;
  panel_role: string;
  assigned_by: string;
  assigned_at: DefaultTimestamp;
  /** invited → accepted (with the no-conflict self-declaration) | declined; withdrawn when the officer replaces the seat. */
  invitation_status: ColumnType<string, string | undefined, string>;
  responded_at: Timestamp | null;
  decline_reason: string | null;
  /** The expert declined because of a conflict (self-declaration): a recusal reason for every bid of the challenge. */
  declared_conflict: ColumnType<boolean, boolean | undefined, boolean>;
  /** manual (officer's pick), solver (an applied assignment run) or alternate (候补 replacing a decline). */
  source: ColumnType<string, string | undefined, string>;
  affinity: ColumnType<number | null, number | null | undefined, number | null>;
  assignment_run_id: string | null;
  /** Why the officer overrode the solver for this seat (required for manual changes after a run). */
  override_reason: string | null;
}

export interface ExpertProfileTable {
  user_id: string;
  tenant_id: string;
  status: string;
  panel_role: string;
  tier: string;
  field_codes: ColumnType<string[], string | undefined, string>;
  expertise: ColumnType<string, string | undefined, string>;
  professional_title: ColumnType<string, string | undefined, string>;
  organisation_id: string | null;
  organisation_name: ColumnType<string, string | undefined, string>;
  region_code: string | null;
  load_cap: ColumnType<number, number | undefined, number>;
  rating: ColumnType<number, number | undefined, number>;
  /** [{ from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }] windows (Beijing dates, inclusive) when the expert cannot review. */
  unavailable: ColumnType<{ from: string; to: string }[], string | undefined, string>;
  application_note: ColumnType<string, string | undefined, string>;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  rejection_reason: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Version;
}

export interface ExpertRelationTable {
  id: string;
  tenant_id: string;
  expert_user_id: string;
  kind: string;
  person_name: ColumnType<string, string | undefined, string>;
  organisation_id: string | null;
  organisation_name: ColumnType<string, string | undefined, string>;
  related_user_id: string | null;
  year: number | null;
  note: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: DefaultTimestamp;
}

export interface AssignmentRunTable {
  id: string;
  tenant_id: string;
  programme_id: string;
  mode: string;
  seed: number | null;
  algorithm_version: string;
  input: Json<unknown>;
  input_digest: string;
  result: Json<unknown>;
  objective: number;
  shortfall: number;
  solve_ms: number;
  status: string;
  replay_of: string | null;
  created_by: string;
  created_at: DefaultTimestamp;
  applied_by: string | null;
  applied_at: Timestamp | null;
  version: Version;
}

export interface DefenceSlotTable {
  id: string;
  tenant_id: string;
  panel_id: string;
  bid_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  format: string;
  venue: ColumnType<string, string | undefined, string>;
  status: string;
  note: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: DefaultTimestamp;
  version: Version;
}

export interface ReviewScoreTable {
  id: string;
  tenant_id: string;
  panel_id: string;
  bid_id: string;
  expert_user_id: string;
  criterion_scores: Json<unknown>;
  total: number;
  comment: ColumnType<string, string | undefined, string>;
  submitted_at: DefaultTimestamp;
}

export interface PublicNoticeTable {
  id: string;
  tenant_id: string;
  challenge_id: string;
  title: string;
  body: string;
  proposed_bid_ids: Json<string[]>;
  /** 候补: shortlisted bids below the winners, in rank order; the only candidates for a fallback award. */
  alternate_bid_ids: ColumnType<string[], string | undefined, string>;
  opens_at: Timestamp;
  closes_at: Timestamp;
  status: string;
  created_by: string;
  created_at: DefaultTimestamp;
  version: Version;
}

export interface ObjectionTable {
  id: string;
  tenant_id: string;
  notice_id: string;
  bid_id: string | null;
  objector_name: string;
  objector_contact: string;
  reason: string;
  status: string;
  ruling: string | null;
  ruled_by: string | null;
  ruled_at: Timestamp | null;
  filed_at: DefaultTimestamp;
  version: Version;
}

export interface AwardTable {
  id: string;
  tenant_id: string;
  challenge_id: string;
  bid_id: string;
  lead_org_id: string;
  rank: number;
  status: string;
  awarded_by: string;
  awarded_at: DefaultTimestamp;
}

export interface ContractTable {
  id: string;
  tenant_id: string;
  programme_id: string;
  challenge_id: string;
  award_id: string;
  bid_id: string;
  lead_org_id: string;
  demander_org_id: string | null;
  pi_user_id: string;
  contract_value_fen: ColumnType<number, number | undefined, number>;
  actual_contract_value_fen: number | null;
  rd_input_fen: ColumnType<number, number | undefined, number>;
  indicators: Json<unknown>;
  deliverables: Json<unknown>;
  ip_terms: ColumnType<string, string | undefined, string>;
  /** The programme's FundingScheme when negotiation opened; payouts use this, never the current policy. */
  funding_scheme: Json<unknown>;
  status: string;
  signed_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Version;
}

export interface MilestoneTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  sequence: number;
  title: string;
  due_date: DateOnly;
  deliverables: Json<unknown>;
  status: string;
  report: string | null;
  review_opinion: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  /** 限期整改: the date the team must report again by; null unless the last review decided remediate. */
  remediation_due_date: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
}

export interface TrancheTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  sequence: number;
  share_bp: number;
  amount_fen: number;
  trigger: 'signing' | 'milestone' | 'acceptance';
  milestone_id: string | null;
  status: string;
  paid_at: Timestamp | null;
  paid_by: string | null;
  version: Version;
}

export interface ChangeRequestTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  kind: string;
  summary: string;
  details: Json<unknown>;
  status: string;
  filed_by: string;
  filed_at: DefaultTimestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  version: Version;
}

export interface ExpenseTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  category: string;
  description: string;
  amount_fen: number;
  incurred_on: DateOnly;
  status: string;
  submitted_by: string;
  submitted_at: DefaultTimestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  version: Version;
}

export interface AcceptanceTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  status: string;
  outcome: string | null;
  requested_by: string;
  requested_at: DefaultTimestamp;
  concluded_by: string | null;
  concluded_at: Timestamp | null;
  summary: string | null;
  version: Version;
}

export interface AcceptanceVerdictTable {
  acceptance_id: string;
  indicator_key: string;
  measured_value: string;
  verdict: 'passed' | 'passed_with_conditions' | 'failed';
  evidence: ColumnType<string, string | undefined, string>;
  condition_note: string | null;
  recorded_by: string;
  recorded_at: DefaultTimestamp;
}

export interface PayoutTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  scheme_kind: string;
  base_fen: number;
  amount_fen: number;
  recipient_kind: string;
  recipient_org_id: string | null;
  computation: Json<unknown>;
  status: string;
  idempotency_key: string;
  computed_by: string;
  computed_at: DefaultTimestamp;
  approved_by: string | null;
  approved_at: Timestamp | null;
  paid_at: Timestamp | null;
  version: Version;
}

export interface FailureReviewTable {
  id: string;
  tenant_id: string;
  contract_id: string;
  status: string;
  finding: string | null;
  reasoning: string | null;
  opened_by: string;
  opened_at: DefaultTimestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  version: Version;
}

export interface IntegrityRecordTable {
  id: string;
  tenant_id: string;
  organisation_id: string | null;
  user_id: string | null;
  severity: 'negligence' | 'misconduct';
  source_kind: string;
  source_id: string;
  summary: string;
  effective_from: Timestamp;
  effective_until: Timestamp | null;
  created_by: string;
  created_at: DefaultTimestamp;
}

/** A file attached to a bid or a need; `content` is read as a Buffer. */
export interface AttachmentTable {
  id: string;
  tenant_id: string;
  owner_kind: 'bid' | 'need';
  owner_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sm3: string;
  content: Buffer;
  uploaded_by: string;
  created_at: DefaultTimestamp;
}

export interface Database {
  tenant: TenantTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  user_session: UserSessionTable;
  audit_chain: AuditChainTable;
  audit_event: AuditEventTable;
  notification: NotificationTable;
  programme: ProgrammeTable;
  need: NeedTable;
  challenge_group: ChallengeGroupTable;
  challenge: ChallengeTable;
  challenge_need: ChallengeNeedTable;
  bid: BidTable;
  bid_member: BidMemberTable;
  review_panel: ReviewPanelTable;
  panel_member: PanelMemberTable;
  review_score: ReviewScoreTable;
  public_notice: PublicNoticeTable;
  objection: ObjectionTable;
  award: AwardTable;
  contract: ContractTable;
  milestone: MilestoneTable;
  tranche: TrancheTable;
  change_request: ChangeRequestTable;
  expense: ExpenseTable;
  acceptance: AcceptanceTable;
  acceptance_verdict: AcceptanceVerdictTable;
  payout: PayoutTable;
  failure_review: FailureReviewTable;
  integrity_record: IntegrityRecordTable;
  attachment: AttachmentTable;
  expert_profile: ExpertProfileTable;
  expert_relation: ExpertRelationTable;
  assignment_run: AssignmentRunTable;
  defence_slot: DefenceSlotTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowPatch<T extends keyof Database> = Updateable<Database[T]>;
export type { Generated };
