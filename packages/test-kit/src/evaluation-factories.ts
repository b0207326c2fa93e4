import type { AllocationMode, BidStatus, ChallengeStatus, Indicator, InvitationStatus, PanelRole, PanelStatus, PolicyPresetId, ProgrammePolicy } from '@jiebang/domain';
import type { AppDeps } from '@jiebang/server';
import { createExpertProfile } from './expert-factories.ts';
import type { ApiClient } from './api-client.ts';
import { createOrganisation, createProgramme, createTenant, createUser, sampleIndicators, type GrantInput } from './factories.ts';

let serial = 1;
const DAY_MS = 86_400_000;

export interface PublishedChallengeInput {
  tenantId: string;
  programmeId: string;
  title?: string;
  code?: string;
  field?: string;
  indicators?: Indicator[];
  budgetFen?: number;
  allocationMode?: AllocationMode;
  designatedOrgId?: string | null;
  demanderOrgId?: string | null;
  maxWinners?: number;
  /** Defaults to 30 days after the test clock's now. */
  bidDeadline?: Date;
  /** Defaults to `published`; evaluation tests may start a challenge further on (e.g. `under_review`). */
  status?: ChallengeStatus;
}

/**
 * A challenge (榜单) row inserted directly, published with indicators and a future bid deadline. Evaluation tests
 * use it instead of the challenge API so they do not depend on it.
 */
export async function createPublishedChallenge(deps: AppDeps, input: PublishedChallengeInput): Promise<string> {
  const id = deps.newId();
  const now = deps.now();
  const n = serial++;
  await deps.db
    .insertInto('challenge')
    .values({
      id,
      tenant_id: input.tenantId,
      programme_id: input.programmeId,
      code: input.code ?? `JB-2026-${String(n).padStart(3, '0')}`,
      title: input.title ?? '新能源汽车电驱壳体铸造缺陷在线视觉检测系统',
      field: input.field ?? '智能制造',
      industrial_chain: '新能源汽车',
      problem_statement: '电驱壳体铸造气孔、缩松等缺陷依赖人工目检，漏检率约 3%，需研制在线视觉检测系统。',
      application_scenario: '需求方压铸车间两条生产线，节拍 45 秒/件。',
      indicators: JSON.stringify(input.indicators ?? sampleIndicators()),
      deliverables: JSON.stringify(['在线视觉检测系统样机 1 套', '第三方检测报告', '发明专利申请 2 项']),
      duration_months: 24,
      budget_fen: input.budgetFen ?? 800_000_000,
      co_funding_fen: 200_000_000,
      allocation_mode: input.allocationMode ?? 'open_challenge',
      designated_org_id: input.designatedOrgId ?? null,
      demander_org_id: input.demanderOrgId ?? null,
      bid_deadline: input.bidDeadline ?? new Date(now.getTime() + 30 * DAY_MS),
      ip_terms: '知识产权归揭榜方所有，需求方享有优先实施权。',
      confidentiality: 'public',
      contact: '宁波市科技局重大专项处 0574-00000000',
      max_winners: input.maxWinners ?? 1,
      status: input.status ?? 'published',
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * Moves a challenge row to `status` directly (bumping its version), standing in for the challenge API's
 * close_bidding / start_review steps in evaluation tests.
 */
export async function setChallengeStatus(deps: AppDeps, challengeId: string, status: ChallengeStatus): Promise<void> {
  await deps.db
    .updateTable('challenge')
    .set((eb) => ({ status, updated_at: deps.now(), version: eb('version', '+', 1) }))
    .where('id', '=', challengeId)
    .execute();
}

export interface BidRowInput {
  challengeId: string;
  leadOrgId: string;
  piUserId: string;
  createdBy: string;
  title?: string;
  /** Defaults to `under_review`; a shortlisted bid should be given its `rank`. */
  status?: BidStatus;
  rank?: number | null;
  totalScore?: number | null;
  memberOrgIds?: string[];
}

/**
 * A bid row (with its lead and members) inserted directly at any status, for tests of later steps (notice, award,
 * list endpoints) that need not walk every bid through drafting, the formal check and review. No audit trail.
 */
export async function createBidRow(deps: AppDeps, input: BidRowInput): Promise<string> {
  const challenge = await deps.db.selectFrom('challenge').select(['tenant_id', 'programme_id', 'indicators']).where('id', '=', input.challengeId).executeTakeFirstOrThrow();
  const id = deps.newId();
  const now = deps.now();
  const commitments = (challenge.indicators as Indicator[]).map((indicator) => ({ indicatorKey: indicator.key, committedValue: indicator.target, note: '' }));
  await deps.db
    .insertInto('bid')
    .values({
      id,
      tenant_id: challenge.tenant_id,
      challenge_id: input.challengeId,
      programme_id: challenge.programme_id,
      lead_org_id: input.leadOrgId,
      pi_user_id: input.piUserId,
      title: input.title ?? `铸件缺陷在线检测方案 ${serial++}`,
      technical_proposal: '多光谱成像结合轻量化缺陷检测网络，在产线边缘端实时识别铸造缺陷。',
      indicator_commitments: JSON.stringify(commitments),
      budget_fen: 400_000_000,
      rd_input_fen: 500_000_000,
      pi_commitment_signed_at: now,
      status: input.status ?? 'under_review',
      rank: input.rank ?? null,
      total_score: input.totalScore ?? null,
      submitted_at: input.status === 'draft' ? null : now,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const memberOrgIds = input.memberOrgIds ?? [];
  const memberShare = memberOrgIds.length ? Math.floor(4000 / memberOrgIds.length) : 0;
  await deps.db
    .insertInto('bid_member')
    .values([
      { bid_id: id, organisation_id: input.leadOrgId, role: 'lead', task: '总体方案与系统集成', budget_share_bp: 10_000 - memberShare * memberOrgIds.length },
      ...memberOrgIds.map((organisationId) => ({ bid_id: id, organisation_id: organisationId, role: 'member' as const, task: '专项研制', budget_share_bp: memberShare })),
    ])
    .execute();
  return id;
}

/**
 * A review panel row with its experts, inserted directly (default: scoring), for tests of what experts see. Each
 * seat is accepted unless the expert says otherwise (an open invitation is `invited`).
 */
export async function createPanelRow(
  deps: AppDeps,
  input: { challengeId: string; createdBy: string; status?: PanelStatus; experts: { userId: string; panelRole: PanelRole; invitationStatus?: InvitationStatus }[] },
): Promise<string> {
  const challenge = await deps.db.selectFrom('challenge').select('tenant_id').where('id', '=', input.challengeId).executeTakeFirstOrThrow();
  const id = deps.newId();
  await deps.db
    .insertInto('review_panel')
    .values({ id, tenant_id: challenge.tenant_id, challenge_id: input.challengeId, rubric: JSON.stringify([]), status: input.status ?? 'scoring', created_by: input.createdBy, created_at: deps.now() })
    .execute();
  if (input.experts.length) {
    await deps.db
      .insertInto('panel_member')
      .values(
        input.experts.map((expert) => {
          const invitationStatus = expert.invitationStatus ?? 'accepted';
          return { panel_id: id, expert_user_id: expert.userId, panel_role: expert.panelRole, assigned_by: input.createdBy, assigned_at: deps.now(), invitation_status: invitationStatus, responded_at: invitationStatus === 'invited' ? null : deps.now() };
        }),
      )
      .execute();
  }
  return id;
}

export interface IntegrityRecordInput {
  tenantId: string;
  createdBy: string;
  organisationId?: string | null;
  userId?: string | null;
  severity?: 'negligence' | 'misconduct';
  summary?: string;
  effectiveFrom?: Date;
  effectiveUntil?: Date | null;
}

/** An integrity record (诚信档案) inserted directly, as a failure review would create it. */
export async function createIntegrityRecord(deps: AppDeps, input: IntegrityRecordInput): Promise<string> {
  const id = deps.newId();
  await deps.db
    .insertInto('integrity_record')
    .values({
      id,
      tenant_id: input.tenantId,
      organisation_id: input.organisationId ?? null,
      user_id: input.userId ?? null,
      severity: input.severity ?? 'misconduct',
      source_kind: 'failure_review',
      source_id: deps.newId(),
      summary: input.summary ?? '项目实施中存在数据造假行为，经尽职调查认定为科研失信',
      effective_from: input.effectiveFrom ?? new Date(deps.now().getTime() - DAY_MS),
      effective_until: input.effectiveUntil === undefined ? new Date(deps.now().getTime() + 3 * 365 * DAY_MS) : input.effectiveUntil,
      created_by: input.createdBy,
    })
    .execute();
  return id;
}

/**
 * The people and units of an evaluation round in a Ningbo-style programme: two officers, a demander, three
 * bidding units (one leading a consortium with two members), their staff and PIs, three independent experts,
 * one expert from a consortium member (a conflict of interest) and one expert in the pool but on no panel.
 * Each user's username is `prefix` + its key in `users` (e.g. `leadA`), so a file may build several casts.
 */
export async function createEvaluationCast(deps: AppDeps, options: { prefix?: string; preset?: PolicyPresetId; policy?: Partial<ProgrammePolicy> } = {}) {
  const p = options.prefix ?? '';
  const tenantId = await createTenant(deps, { name: '宁波市科学技术局', code: `nbkj-${p}${serial++}` });
  const programmeId = await createProgramme(deps, { tenantId, name: '2026 年度宁波市重大科技攻关“揭榜挂帅”项目', ...(options.preset ? { preset: options.preset } : {}), ...(options.policy ? { policy: options.policy } : {}) });
  const org = (name: string, type: 'enterprise' | 'university' | 'institute' = 'enterprise') => createOrganisation(deps, { tenantId, name, type });
  const orgs = {
    demander: await org('宁波甬创汽车零部件有限公司'),
    leadA: await org('浙江大学宁波智能制造研究院', 'institute'),
    member1: await org('中国科学院宁波材料技术与工程研究所', 'institute'),
    member2: await org('宁波工程学院', 'university'),
    leadB: await org('宁波视界智能装备有限公司'),
    leadC: await org('杭州云眸科技有限公司'),
    expertUnit: await org('宁波大学', 'university'),
  };
  const user = (key: string, displayName: string, organisationId: string | null, grants: GrantInput[]) => createUser(deps, { tenantId, username: `${p}${key}`, displayName, organisationId, grants });
  const users = {
    officer: await user('officer', '王处长', null, [{ role: 'programme_owner', programmeId }]),
    officer2: await user('officer2', '李科长', null, [{ role: 'management_agency' }]),
    leadA: await user('leadA', '陈经办', orgs.leadA, [{ role: 'bidder_org', organisationId: orgs.leadA }]),
    piA: await user('piA', '周教授', orgs.leadA, [{ role: 'principal_investigator', organisationId: orgs.leadA }]),
    member1: await user('member1', '吴研究员', orgs.member1, [{ role: 'consortium_member', organisationId: orgs.member1 }]),
    leadB: await user('leadB', '赵经理', orgs.leadB, [{ role: 'bidder_org', organisationId: orgs.leadB }]),
    piB: await user('piB', '孙总工', orgs.leadB, [{ role: 'principal_investigator', organisationId: orgs.leadB }]),
    leadC: await user('leadC', '钱经理', orgs.leadC, [{ role: 'bidder_org', organisationId: orgs.leadC }]),
    piC: await user('piC', '郑博士', orgs.leadC, [{ role: 'principal_investigator', organisationId: orgs.leadC }]),
    expert1: await user('expert1', '刘教授', orgs.expertUnit, [{ role: 'expert_reviewer' }]),
    expert2: await user('expert2', '黄高工', null, [{ role: 'expert_reviewer' }]),
    expert3: await user('expert3', '林会计师', null, [{ role: 'expert_reviewer' }]),
    expertConflicted: await user('expertConflicted', '杨研究员', orgs.member1, [{ role: 'expert_reviewer' }]),
    expertOutside: await user('expertOutside', '何教授', null, [{ role: 'expert_reviewer' }]),
  };
  // Every expert of the cast is an active member of the tenant's pool (专家库), with the unit they work for.
  const profile = (userId: string, panelRole: 'technical' | 'industry' | 'finance', organisationId: string | null, organisationName: string, fieldCodes: string[]) =>
    createExpertProfile(deps, { userId, tenantId, panelRole, organisationId, organisationName, fieldCodes });
  await profile(users.expert1, 'technical', orgs.expertUnit, '宁波大学', ['C36', 'C40']);
  await profile(users.expert2, 'industry', null, '', ['C34', 'C35']);
  await profile(users.expert3, 'finance', null, '', ['J67']);
  await profile(users.expertConflicted, 'technical', orgs.member1, '中国科学院宁波材料技术与工程研究所', ['C32', 'C40']);
  await profile(users.expertOutside, 'technical', null, '', ['I65']);
  return { tenantId, programmeId, orgs, users, username: (key: keyof typeof users) => `${p}${key}` };
}

export type EvaluationCast = Awaited<ReturnType<typeof createEvaluationCast>>;

/** Every expert named accepts their invitation to the panel, as the API does it (with the self-declaration). */
export async function acceptInvitations(experts: readonly ApiClient[], panelId: string): Promise<void> {
  for (const expert of experts) await expert.expect(200, 'POST', `/api/panels/${panelId}/invitation/accept`, { noConflictDeclared: true, confidentialityPledged: true });
}
