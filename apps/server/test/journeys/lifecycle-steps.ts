import { acceptInvitations, sampleIndicators, type TestApp } from '@jiebang/test-kit';
import { expect } from 'vitest';
import type { NingboCast } from './journey-cast.ts';

/** ¥ → fen, for readable amounts in the journeys. */
export const yuan = (amount: number) => amount * 100;

const commitmentsFor = (values: [number, number, number]) =>
  sampleIndicators().map((indicator, index) => ({ indicatorKey: indicator.key, committedValue: values[index]!, note: '' }));

/** The owner opens the Ningbo programme (preset: 20% of R&D input, capped at ¥10,000,000). */
export async function openProgramme(cast: NingboCast, code = 'NB2026') {
  const programme = await cast.as.owner.expect(201, 'POST', '/api/programmes', {
    code,
    name: '2026 年宁波市“揭榜挂帅”关键核心技术攻关计划',
    mode: 'government_led',
    year: 2026,
    regionCode: '330200',
    presetId: 'ningbo_rd_input',
  });
  await cast.as.owner.expect(200, 'POST', `/api/programmes/${programme.id}/activate`, {});
  return programme.id as string;
}

/** Need collection: the demander submits, the office screens, experts vet, the need is pooled. */
export async function poolNeed(cast: NingboCast, programmeId: string, title: string) {
  const need = await cast.as.demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, {
    demanderOrgId: cast.orgs.demander,
    title,
    category: 'key_core_technology',
    field: '智能制造',
    industrialChain: '新能源汽车',
    problemStatement: '电驱壳体压铸气孔、缩松缺陷依赖人工目检，漏检率约 3%，需研制可在线部署的视觉检测系统。',
    applicationScenario: '需求方压铸车间两条产线，节拍 45 秒/件。',
    indicators: sampleIndicators(),
    coFundingFen: yuan(2_000_000),
  });
  await cast.as.demander.expect(200, 'POST', `/api/needs/${need.id}/submit`, {});
  await cast.as.owner.expect(200, 'POST', `/api/needs/${need.id}/start-screening`, {});
  await cast.as.owner.expect(200, 'POST', `/api/needs/${need.id}/start-vetting`, {});
  const pooled = await cast.as.owner.expect(200, 'POST', `/api/needs/${need.id}/pool`, { opinion: '问题真实、指标可考核，属于关键核心技术，建议入库发榜。' });
  expect(pooled.status).toBe('pooled');
  return need.id as string;
}

/** The challenge (榜单) is built from the pooled need, reviewed internally, approved and published. */
export async function publishChallenge(t: TestApp, cast: NingboCast, programmeId: string, needId: string, title: string) {
  const deadline = new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString();
  const draft = await cast.as.owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenges`, {
    needIds: [needId],
    title,
    field: '智能制造',
    industrialChain: '新能源汽车',
    problemStatement: '研制可在线部署的电驱壳体压铸缺陷视觉检测系统，替代人工目检。',
    applicationScenario: '需求方压铸车间两条产线。',
    indicators: sampleIndicators(),
    deliverables: ['在线视觉检测系统样机 1 套', '第三方检测报告', '发明专利申请 2 项'],
    durationMonths: 18,
    budgetFen: yuan(4_000_000),
    coFundingFen: yuan(2_000_000),
    allocationMode: 'open_challenge',
    bidDeadline: deadline,
    ipTerms: '知识产权归揭榜方所有，需求方享有优先实施权。',
    contact: '宁波市科技局重大专项处 0574-89180000',
    maxWinners: 1,
  });
  await cast.as.owner.expect(200, 'POST', `/api/challenges/${draft.id}/submit-for-review`, {});
  await cast.as.owner.expect(200, 'POST', `/api/challenges/${draft.id}/approve`, {});
  const published = await cast.as.owner.expect(200, 'POST', `/api/challenges/${draft.id}/publish`, {});
  expect(published.status).toBe('published');
  return draft.id as string;
}

export interface BidPlan {
  lead: 'A' | 'B';
  members?: { organisationId: string; task: string; budgetShareBp: number }[];
  leadBudgetShareBp?: number;
  rdInputFen?: number;
  commitments?: [number, number, number];
}

/** A bid drafted by the lead organisation's staff, pledged by its PI (军令状) and submitted. */
export async function submitBid(cast: NingboCast, challengeId: string, plan: BidPlan) {
  const lead = plan.lead === 'A' ? cast.as.leadA : cast.as.leadB;
  const pi = plan.lead === 'A' ? cast.as.piA : cast.as.piB;
  const bid = await lead.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, {
    leadOrgId: plan.lead === 'A' ? cast.orgs.leadA : cast.orgs.leadB,
    piUserId: plan.lead === 'A' ? cast.users.piA : cast.users.piB,
    title: plan.lead === 'A' ? '铸件缺陷多光谱在线检测系统研制与产线示范' : '基于深度学习的电驱壳体缺陷视觉检测装备',
    technicalProposal: '可见光与近红外多光谱成像，结合轻量化缺陷检测网络，在压铸产线边缘端实时识别气孔、缩松与裂纹。',
    indicatorCommitments: commitmentsFor(plan.commitments ?? [98.5, 45, 58]),
    budgetFen: yuan(4_000_000),
    rdInputFen: plan.rdInputFen ?? yuan(20_000_000),
    leadTask: '总体方案、检测算法与系统集成',
    leadBudgetShareBp: plan.leadBudgetShareBp ?? 10_000,
    members: plan.members ?? [],
  });
  await pi.expect(200, 'POST', `/api/bids/${bid.id}/pi-commitment`, { pledge: '本人承诺按期完成全部考核指标，接受节点考核。' });
  const submitted = await lead.expect(200, 'POST', `/api/bids/${bid.id}/submit`, {});
  expect(submitted.status).toBe('submitted');
  return bid.id as string;
}

/** Bidding closes after the deadline; the review opens. */
export async function closeBidding(t: TestApp, cast: NingboCast, challengeId: string) {
  t.clock.advanceDays(31);
  await cast.signInEveryone();
  await cast.as.owner.expect(200, 'POST', `/api/challenges/${challengeId}/close-bidding`, {});
  await cast.as.owner.expect(200, 'POST', `/api/challenges/${challengeId}/start-review`, {});
}

const sheet = (scores: [number, number, number, number]) => ({ technical_route: scores[0], team_capability: scores[1], indicator_commitment: scores[2], budget_soundness: scores[3] });

/** A panel of a technical, an industry and a finance expert accepts the invitations and scores every bid; the officer shortlists. */
export async function reviewAndShortlist(cast: NingboCast, challengeId: string, scores: Record<string, [number, number, number, number][]>) {
  const panel = await cast.as.owner.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {});
  const experts = [cast.users.expert1, cast.users.expert2, cast.users.expert3];
  const roles = ['technical', 'industry', 'finance'] as const;
  for (const [index, expertUserId] of experts.entries()) {
    await cast.as.owner.expect(200, 'POST', `/api/panels/${panel.id}/members`, { expertUserId, panelRole: roles[index] });
  }
  const clients = [cast.as.expert1, cast.as.expert2, cast.as.expert3];
  await acceptInvitations(clients, panel.id);
  await cast.as.owner.expect(200, 'POST', `/api/panels/${panel.id}/open-scoring`, {});
  for (const [bidId, byExpert] of Object.entries(scores)) {
    for (const [index, criterion] of byExpert.entries()) {
      await clients[index]!.expect(200, 'POST', `/api/bids/${bidId}/scores`, { criterionScores: sheet(criterion), comment: '技术路线清晰，指标承诺可信。' });
    }
  }
  await cast.as.owner.expect(200, 'POST', `/api/panels/${panel.id}/close-scoring`, {});
  const ranking = await cast.as.owner.expect(200, 'GET', `/api/challenges/${challengeId}/ranking`);
  await cast.as.owner.expect(200, 'POST', `/api/challenges/${challengeId}/shortlist`, {});
  return ranking;
}

/** 公示 of the proposed winner for the programme's notice period, then the award. */
export async function noticeAndAward(t: TestApp, cast: NingboCast, challengeId: string, winnerBidId: string, objection?: string) {
  const notice = await cast.as.owner.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, {
    title: '关于电驱壳体缺陷检测榜单拟揭榜单位的公示',
    body: '经形式审查、专家评审，拟确定以下单位为揭榜单位，现予公示。公示期内如有异议，请实名提出。',
    proposedBidIds: [winnerBidId],
  });
  if (objection) {
    const filed = await cast.public.expect(201, 'POST', `/api/notices/${notice.id}/objections`, { objectorName: '张某', objectorContact: '13800000000', reason: objection, bidId: winnerBidId });
    const early = await cast.as.owner.post(`/api/notices/${notice.id}/close`, {});
    expect(early.body.error.rule).toBe('notice.period_not_over');
    t.clock.advanceDays(8);
    await cast.signInEveryone();
    const pending = await cast.as.owner.post(`/api/notices/${notice.id}/close`, {});
    expect(pending.body.error.rule).toBe('notice.objections_pending');
    const ruled = await cast.as.owner.expect(200, 'POST', `/api/objections/${filed.id}/rule`, { decision: 'rule_out', ruling: '经核查，该单位申报材料真实，异议不成立。' });
    expect(ruled.status).toBe('ruled_out');
  } else {
    t.clock.advanceDays(8);
    await cast.signInEveryone();
  }
  await cast.as.owner.expect(200, 'POST', `/api/notices/${notice.id}/close`, {});
  const result = await cast.as.owner.expect(200, 'POST', `/api/challenges/${challengeId}/award`, {});
  expect(result.challengeStatus).toBe('awarded');
  return result.awards[0].id as string;
}

/** Everything from the pooled need to a signed contract with one bidder, for the failure journeys. */
export async function awardSingleBid(t: TestApp, cast: NingboCast, programmeId: string, title: string) {
  const needId = await poolNeed(cast, programmeId, title);
  const challengeId = await publishChallenge(t, cast, programmeId, needId, title);
  const bidId = await submitBid(cast, challengeId, { lead: 'A' });
  await closeBidding(t, cast, challengeId);
  expect((await cast.as.owner.expect(200, 'POST', `/api/bids/${bidId}/check-eligibility`, {})).status).toBe('under_review');
  await reviewAndShortlist(cast, challengeId, { [bidId]: [[85, 80, 82, 78], [80, 82, 85, 80], [82, 84, 80, 86]] });
  const awardId = await noticeAndAward(t, cast, challengeId, bidId);
  return { challengeId, bidId, awardId };
}
