import { yuan, type PolicyPresetId, type ProgrammePolicy, type Role } from '@jiebang/domain';
import type { AppDeps } from '@jiebang/server';
import type { ApiClient } from './api-client.ts';
import { createOrganisation, createProgramme, createTenant, createUser, sampleIndicators } from './factories.ts';

let serial = 1;

export interface AwardedBidCaseInput {
  tenantId?: string;
  preset?: PolicyPresetId;
  policy?: Partial<ProgrammePolicy>;
  /** Committed R&D input of the winning bid (default 20,000,000 yuan). */
  rdInputFen?: number;
  /** The winning bid's budget, which opens negotiation as the contract value (default 5,000,000 yuan). */
  budgetFen?: number;
  /** Also insert a second shortlisted bid right below the winners (the fallback when negotiation fails). Same as `runnersUp: 1`. */
  withRunnerUp?: boolean;
  /** Shortlisted bids below the winners, at ranks winners+1, winners+2, … (default 0, or 1 with `withRunnerUp`). */
  runnersUp?: number;
  /** Which runners-up, by rank, the closed public notice names as alternates (候补), in this order; default all of them. */
  alternateRanks?: number[];
  /** Awarded bids, at ranks 1…winners (several = 赛马制); default 1. The first is `bidId`/`awardId`. */
  winners?: number;
  /** The challenge names no demander (a programme-office challenge). */
  withoutDemander?: boolean;
  /** Prefix of the usernames made here; unique per call by default. */
  prefix?: string;
}

export interface FactoryUser {
  id: string;
  username: string;
}

export interface AwardedBidCase {
  tenantId: string;
  programmeId: string;
  challengeId: string;
  demanderOrgId: string | null;
  leadOrgId: string;
  memberOrgId: string;
  bidId: string;
  awardId: string;
  users: {
    officer: FactoryUser;
    pi: FactoryUser;
    /** Another investigator of the lead organisation: a valid new PI for a pi_change. */
    deputy: FactoryUser;
    leadStaff: FactoryUser;
    demander: FactoryUser;
    tester: FactoryUser;
    auditor: FactoryUser;
    /** Staff of an unrelated organisation. */
    stranger: FactoryUser;
  };
  /** The first runner-up (rank winners+1), or null. */
  runnerUp: RankedBid | null;
  runnersUp: RankedBid[];
  /** Winners after the first (赛马制), each with its award. */
  otherWinners: (RankedBid & { awardId: string })[];
  /** The closed public notice (公示) of the result: proposes the winners, names the alternates. */
  noticeId: string;
}

export interface RankedBid {
  bidId: string;
  leadOrgId: string;
  rank: number;
  pi: FactoryUser;
}

/**
 * (Named `createAwardedBidCase` because evaluation-factories.ts already exports a smaller `createAwardedBid`.)
 * A challenge already awarded, without going through the bid/review/award API: a programme with the preset, the
 * challenge (status awarded, sample indicators, demander), the winning bid (selected, lead + member, PI) and its
 * award at rank 1, plus the people who act on the contract. Optionally more winners and runner-up bids
 * (shortlisted below the winners). A closed public notice proposes the winners and names the runners-up as
 * alternates (候补) unless `alternateRanks` says otherwise: only alternates may be awarded as a fallback.
 */
export async function createAwardedBidCase(deps: AppDeps, input: AwardedBidCaseInput = {}): Promise<AwardedBidCase> {
  const n = serial++;
  const prefix = input.prefix ?? `sv${n}-${deps.newId().slice(0, 6)}`;
  const tenantId = input.tenantId ?? (await createTenant(deps, { name: '测试科技局', code: `${prefix}-tenant` }));
  const programmeId = await createProgramme(deps, { tenantId, ...(input.preset ? { preset: input.preset } : {}), ...(input.policy ? { policy: input.policy } : {}), code: `${prefix}-P` });
  const demanderOrgId = input.withoutDemander ? null : await createOrganisation(deps, { tenantId, name: `需求企业${n}` });
  const leadOrgId = await createOrganisation(deps, { tenantId, name: `揭榜牵头单位${n}`, type: 'university' });
  const memberOrgId = await createOrganisation(deps, { tenantId, name: `联合单位${n}`, type: 'institute' });
  const strangerOrgId = await createOrganisation(deps, { tenantId, name: `无关单位${n}` });

  const user = async (name: string, organisationId: string | null, grants: { role: Role; organisationId?: string | null; programmeId?: string | null }[]): Promise<FactoryUser> => {
    const username = `${prefix}-${name}`;
    return { id: await createUser(deps, { tenantId, username, displayName: username, organisationId, grants }), username };
  };
  const users: AwardedBidCase['users'] = {
    officer: await user('officer', null, [{ role: 'programme_owner', programmeId }]),
    pi: await user('pi', leadOrgId, [{ role: 'principal_investigator', organisationId: leadOrgId }]),
    deputy: await user('deputy', leadOrgId, [{ role: 'principal_investigator', organisationId: leadOrgId }]),
    leadStaff: await user('lead', leadOrgId, [{ role: 'bidder_org', organisationId: leadOrgId }]),
    demander: await user('demander', demanderOrgId, demanderOrgId ? [{ role: 'demander', organisationId: demanderOrgId }] : []),
    tester: await user('tester', null, [{ role: 'tester' }]),
    auditor: await user('auditor', null, [{ role: 'audit_admin' }]),
    stranger: await user('stranger', strangerOrgId, [{ role: 'bidder_org', organisationId: strangerOrgId }]),
  };

  const now = deps.now();
  const challengeId = deps.newId();
  await deps.db
    .insertInto('challenge')
    .values({
      id: challengeId,
      tenant_id: tenantId,
      programme_id: programmeId,
      code: `${prefix}-C`,
      title: '新能源汽车电驱壳体缺陷在线视觉检测',
      field: '智能制造',
      problem_statement: '现有人工目检漏检率高，需要在线识别电驱壳体铸造缺陷。',
      indicators: JSON.stringify(sampleIndicators()),
      deliverables: JSON.stringify(['在线检测样机 1 套', '第三方检测报告', '发明专利申请 2 项']),
      duration_months: 24,
      budget_fen: yuan(5_000_000),
      allocation_mode: 'open_challenge',
      demander_org_id: demanderOrgId,
      ip_terms: '知识产权归揭榜方所有，需求方享有免费使用权。',
      status: 'awarded',
      published_at: now,
    })
    .execute();

  const insertBid = async (leadOrg: string, pi: FactoryUser, status: string, rank: number, score: number) => {
    const id = deps.newId();
    await deps.db
      .insertInto('bid')
      .values({
        id,
        tenant_id: tenantId,
        challenge_id: challengeId,
        programme_id: programmeId,
        lead_org_id: leadOrg,
        pi_user_id: pi.id,
        title: `揭榜方案（第 ${rank} 名）`,
        technical_proposal: '基于深度学习的多光谱缺陷识别方案。',
        indicator_commitments: JSON.stringify(sampleIndicators().map((indicator) => ({ key: indicator.key, committedValue: indicator.target }))),
        budget_fen: input.budgetFen ?? yuan(5_000_000),
        rd_input_fen: input.rdInputFen ?? yuan(20_000_000),
        pi_commitment_signed_at: now,
        status,
        total_score: score,
        rank,
        submitted_at: now,
        created_by: pi.id,
      })
      .execute();
    return id;
  };

  const bidId = await insertBid(leadOrgId, users.pi, 'selected', 1, 91.5);
  await deps.db
    .insertInto('bid_member')
    .values([
      { bid_id: bidId, organisation_id: leadOrgId, role: 'lead', task: '总体方案与算法研发', budget_share_bp: 7000 },
      { bid_id: bidId, organisation_id: memberOrgId, role: 'member', task: '样机集成与现场测试', budget_share_bp: 3000 },
    ])
    .execute();
  const awardId = deps.newId();
  await deps.db.insertInto('award').values({ id: awardId, tenant_id: tenantId, challenge_id: challengeId, bid_id: bidId, lead_org_id: leadOrgId, rank: 1, status: 'awarded', awarded_by: users.officer.id, awarded_at: now }).execute();

  /** A single-organisation bid at `rank`, its lead organisation named `orgName`. */
  const rankedBid = async (orgName: string, status: string, rank: number): Promise<RankedBid> => {
    const orgId = await createOrganisation(deps, { tenantId, name: `${orgName}${n}-${rank}` });
    const pi = await user(`pi-r${rank}`, orgId, [{ role: 'principal_investigator', organisationId: orgId }]);
    const id = await insertBid(orgId, pi, status, rank, 91.5 - rank);
    await deps.db.insertInto('bid_member').values({ bid_id: id, organisation_id: orgId, role: 'lead', task: '全部研发任务', budget_share_bp: 10_000 }).execute();
    return { bidId: id, leadOrgId: orgId, rank, pi };
  };

  const winners = input.winners ?? 1;
  const otherWinners: AwardedBidCase['otherWinners'] = [];
  for (let rank = 2; rank <= winners; rank++) {
    const winner = await rankedBid('并行揭榜单位', 'selected', rank);
    const winnerAwardId = deps.newId();
    await deps.db.insertInto('award').values({ id: winnerAwardId, tenant_id: tenantId, challenge_id: challengeId, bid_id: winner.bidId, lead_org_id: winner.leadOrgId, rank, status: 'awarded', awarded_by: users.officer.id, awarded_at: now }).execute();
    otherWinners.push({ ...winner, awardId: winnerAwardId });
  }
  const runnersUp: RankedBid[] = [];
  for (let index = 0; index < (input.runnersUp ?? (input.withRunnerUp ? 1 : 0)); index++) runnersUp.push(await rankedBid('递补单位', 'shortlisted', winners + 1 + index));

  const alternates = input.alternateRanks ? input.alternateRanks.flatMap((rank) => runnersUp.filter((bid) => bid.rank === rank).map((bid) => bid.bidId)) : runnersUp.map((bid) => bid.bidId);
  const noticeId = deps.newId();
  await deps.db
    .insertInto('public_notice')
    .values({
      id: noticeId,
      tenant_id: tenantId,
      challenge_id: challengeId,
      title: '揭榜结果公示',
      body: '拟立项揭榜方及候补单位名单，公示期内可提出异议。',
      proposed_bid_ids: JSON.stringify([bidId, ...otherWinners.map((winner) => winner.bidId)]),
      alternate_bid_ids: JSON.stringify(alternates),
      opens_at: new Date(now.getTime() - 10 * 86_400_000),
      closes_at: new Date(now.getTime() - 3 * 86_400_000),
      status: 'closed',
      created_by: users.officer.id,
    })
    .execute();

  return { tenantId, programmeId, challengeId, demanderOrgId, leadOrgId, memberOrgId, bidId, awardId, users, runnerUp: runnersUp[0] ?? null, runnersUp, otherWinners, noticeId };
}

/** Terms with two milestones and three tranches: 30% at signing, 40% when milestone 1 passes, 30% at acceptance. */
export const sampleContractTerms = (overrides: Record<string, unknown> = {}) => ({
  contractValueFen: yuan(4_000_000),
  rdInputFen: yuan(20_000_000),
  ipTerms: '知识产权归揭榜方所有，需求方享有免费使用权。',
  deliverables: ['在线检测样机 1 套', '第三方检测报告'],
  milestones: [
    { title: '样机研制完成', dueDate: '2026-09-30', deliverables: ['实验室样机'] },
    { title: '产线验证完成', dueDate: '2027-03-31', deliverables: ['现场验证报告'] },
  ],
  tranches: [
    { shareBp: 3000, trigger: 'signing' },
    { shareBp: 4000, trigger: 'milestone', milestoneSequence: 1 },
    { shareBp: 3000, trigger: 'acceptance' },
  ],
  ...overrides,
});

/** Terms without milestones: the whole value at signing (for tests that go straight to acceptance). */
export const singleTrancheTerms = (overrides: Record<string, unknown> = {}) =>
  sampleContractTerms({ milestones: [], tranches: [{ shareBp: 10_000, trigger: 'signing' }], ...overrides });

/** Negotiates and signs a contract through the API as the programme officer; returns the signed contract view. */
export async function signContractViaApi(officer: ApiClient, awardId: string, terms: Record<string, unknown> = sampleContractTerms()) {
  const contract = await officer.expect(201, 'POST', `/api/awards/${awardId}/contract`, {});
  await officer.expect(200, 'PUT', `/api/contracts/${contract.id}/terms`, terms);
  return officer.expect(200, 'POST', `/api/contracts/${contract.id}/sign`, {});
}

/** Requests acceptance as the PI, records a value for each sample indicator and concludes as the officer. */
export async function acceptViaApi(
  clients: { pi: ApiClient; officer: ApiClient },
  contractId: string,
  measured: Record<string, number> = { accuracy: 98.6, latency: 45, cost: 55 },
  conclude: Record<string, unknown> = {},
) {
  const acceptance = await clients.pi.expect(201, 'POST', `/api/contracts/${contractId}/acceptance`, {});
  for (const [indicatorKey, measuredValue] of Object.entries(measured)) {
    await clients.officer.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey, measuredValue, evidence: '第三方检测报告 JC-2027-001' });
  }
  return clients.officer.expect(200, 'POST', `/api/acceptances/${acceptance.id}/conclude`, { summary: '验收专家组意见：各项指标均已达到任务书要求。', ...conclude });
}
