import { describe, expect, it } from 'vitest';
import { openProgramme } from '../../server/test/journeys/lifecycle-steps.ts';
import { setUpBrowserJourney } from './harness.ts';
import { draftBidAsLead, ningboBid, signPledgeAsPi, submitBidAsLead } from './steps/bid-steps.ts';
import { approveAndPublishChallenge, beijingDay, buildChallenge, checkBidEligibility, closeBiddingAndStartReview, ningboChallenge } from './steps/challenge-steps.ts';
import {
  acceptInvitation,
  awardChallenge,
  closeNotice,
  closeScoring,
  draftConsortiumBidAsLead,
  fileObjection,
  formPanel,
  openNegotiation,
  openScoring,
  publishNotice,
  ruleOutObjection,
  scoreBid,
  shortlistBids,
  weightedTotal,
  type Scores,
} from './steps/evaluation-steps.ts';
import {
  bookExpense,
  canPayTranche,
  closeContract,
  decideExpense,
  fileChangeRequest,
  payTranche,
  readChangeRequest,
  readExpense,
  readTranches,
  reportMilestone,
  reviewMilestone,
  setTermsAndSign,
  type ContractTermsInput,
} from './steps/contract-steps.ts';
import { draftAndSubmitNeed, ningboNeed, vetNeed } from './steps/need-steps.ts';
import { computeApproveAndPayPayout, concludeAcceptance, recordMeasuredValues, requestAcceptance } from './steps/outcome-steps.ts';
import { CAST_PANEL, peopleOf } from './steps/prefix.ts';

/**
 * Journey (a) in the browser, zh-CN: the same Ningbo programme as the API journey
 * (apps/server/test/journeys/full-lifecycle.db.test.ts), typed and clicked by each person in their own browser. Only
 * the starting data (tenant, people, organisations, the active programme) comes from factories and the API; each
 * `it` is one stage and the next goes on from it. API calls after that only read what the server kept.
 */
describe('journey (a) in the browser: need → challenge → bids → review → notice → award → contract → milestones, changes, expenses → acceptance → payout', () => {
  const journey = setUpBrowserJourney();
  const people = peopleOf(journey);
  const needTitle = '新能源汽车电驱壳体压铸缺陷在线检测';
  const challengeTitle = '新能源汽车电驱壳体压铸缺陷在线视觉检测系统';
  const titleA = '铸件缺陷多光谱在线检测系统研制与产线示范';
  const titleB = '基于深度学习的电驱壳体缺陷视觉检测装备';
  const leadA = '浙江大学宁波智能制造研究院';
  const leadB = '宁波视睿智能装备有限公司';
  const memberA1 = '中国科学院宁波材料技术与工程研究所';
  const memberA2 = '宁波工程学院';
  const noticeTitle = '关于电驱壳体缺陷检测榜单拟揭榜单位的公示';
  const objection = { objectorName: '张某', contact: '13800000000', target: leadA, reason: '该单位团队负责人近三年有类似项目未结题。' };
  const ruling = '经核查，该单位申报材料真实，异议不成立。';
  /** The API journey's sheets: per bid, one per expert of the panel (technical, industry, finance). */
  const scores: Record<'A' | 'B', [Scores, Scores, Scores]> = {
    A: [[92, 88, 85, 80], [90, 85, 88, 75], [85, 90, 80, 85]],
    B: [[80, 75, 78, 70], [70, 72, 75, 80], [88, 70, 72, 90]],
  };
  const state = {} as { programmeId: string; needId: string; challengeId: string; deadline: string; bidA: string; bidB: string; noticeId: string; objectionId: string; contractId: string };
  const owner = () => people.page('owner', '/office');
  const read = (path: string) => journey.cast.as.owner.expect(200, 'GET', path);

  it('the demander drafts a need with three indicators and submits it', async () => {
    state.programmeId = await openProgramme(journey.cast);
    state.needId = await draftAndSubmitNeed(await people.page('demander', '/demander'), journey.baseUrl, ningboNeed(needTitle));
    // What the demander typed is what the server keeps.
    const need = await read(`/api/needs/${state.needId}`);
    expect(need).toMatchObject({ status: 'submitted', title: needTitle, coFundingFen: 200_000_000 });
    expect(need.indicators.map((indicator: { key: string; weightBp: number }) => [indicator.key, indicator.weightBp])).toEqual([
      ['accuracy', 5000],
      ['latency', 3000],
      ['cost', 2000],
    ]);
  });

  it('the officer screens and vets the need and pools it', async () => {
    await vetNeed(await owner(), journey.baseUrl, state.programmeId, needTitle, '问题真实、指标可考核，属于关键核心技术，建议入库发榜。');
    expect(await read(`/api/needs/${state.needId}`)).toMatchObject({ status: 'pooled' });
  });

  it('the officer builds the challenge from the pooled need, takes it through review and publishes it; it shows in the hall', async () => {
    const page = await owner();
    state.deadline = beijingDay(journey.t.clock.now(), 30);
    state.challengeId = await buildChallenge(page, journey.baseUrl, state.programmeId, ningboChallenge(needTitle, challengeTitle, state.deadline));
    // The draft shows the money in 万元 and the deadline at the end of the chosen day, Beijing time.
    await page.getByText('400万元', { exact: true }).first().waitFor();
    await page.getByText(`${state.deadline} 23:59`).first().waitFor();
    await approveAndPublishChallenge(page, journey.baseUrl, state.challengeId, challengeTitle);

    const challenge = await read(`/api/challenges/${state.challengeId}`);
    expect(challenge).toMatchObject({ status: 'published', title: challengeTitle, needIds: [state.needId], budgetFen: 400_000_000, coFundingFen: 200_000_000, allocationMode: 'open_challenge', durationMonths: 18, maxWinners: 1 });
    expect(challenge.deliverables).toEqual(['在线视觉检测系统样机 1 套', '第三方检测报告', '发明专利申请 2 项']);
    expect(challenge.indicators.map((indicator: { key: string }) => indicator.key)).toEqual(['accuracy', 'latency', 'cost']);
    expect(beijingDay(new Date(challenge.bidDeadline), 0)).toBe(state.deadline);

    const visitor = await journey.newPage('visitor');
    await visitor.goto(`${journey.baseUrl}/hall`);
    await visitor.getByRole('link', { name: challengeTitle }).first().click();
    await visitor.waitForURL(new RegExp(`/challenges/${state.challengeId}$`));
    await visitor.getByText('揭榜中', { exact: true }).first().waitFor();
  });

  it('lead A bids as a consortium with two members and a budget split; its PI signs the pledge; the lead submits', async () => {
    const page = await people.page('leadA');
    state.bidA = await draftConsortiumBidAsLead(
      page,
      journey.baseUrl,
      state.challengeId,
      ningboBid(titleA, '李研究员'),
      [
        { search: '宁波材料', organisation: memberA1, task: '多光谱成像模组与标定', sharePct: '20' },
        { search: '宁波工程学院', organisation: memberA2, task: '产线示范与数据标注', sharePct: '15' },
      ],
      '65',
    );
    await signPledgeAsPi(await people.page('piA', '/bidder/bids'), journey.baseUrl, state.bidA, '本人承诺按期完成全部考核指标，接受节点考核。');
    await submitBidAsLead(page, journey.baseUrl, state.bidA);

    const bid = await journey.cast.as.leadA.expect(200, 'GET', `/api/bids/${state.bidA}`);
    expect(bid).toMatchObject({ status: 'submitted', title: titleA, budgetFen: 400_000_000, rdInputFen: 2_000_000_000 });
    expect(bid.members.map((member: { role: string; organisationName: string; budgetShareBp: number }) => [member.role, member.organisationName, member.budgetShareBp])).toEqual([
      ['lead', leadA, 6500],
      ['member', memberA1, 2000],
      ['member', memberA2, 1500],
    ]);
  });

  it('lead B bids alone with its own PI; it cannot see the consortium bid', async () => {
    const page = await people.page('leadB');
    state.bidB = await draftBidAsLead(page, journey.baseUrl, state.challengeId, { ...ningboBid(titleB, '孙工'), rdInputWan: '800' });
    await signPledgeAsPi(await people.page('piB', '/bidder/bids'), journey.baseUrl, state.bidB, '本人承诺按期完成全部考核指标，接受节点考核。');
    await submitBidAsLead(page, journey.baseUrl, state.bidB);

    const bid = await journey.cast.as.leadB.expect(200, 'GET', `/api/bids/${state.bidB}`);
    expect(bid).toMatchObject({ status: 'submitted', title: titleB, budgetFen: 400_000_000, rdInputFen: 800_000_000 });
    expect(bid.members.map((member: { role: string }) => member.role)).toEqual(['lead']);
    expect((await journey.cast.as.leadB.get(`/api/bids/${state.bidA}`)).status).toBe(404);
  });

  it('after the deadline the officer closes bidding, opens the review, and both bids pass the formal check', async () => {
    await people.jumpDays(31);
    const page = await owner();
    await closeBiddingAndStartReview(page, journey.baseUrl, state.challengeId);
    expect(await checkBidEligibility(page, journey.baseUrl, state.challengeId, titleA)).toBe('评审中');
    expect(await checkBidEligibility(page, journey.baseUrl, state.challengeId, titleB)).toBe('评审中');
    for (const bidId of [state.bidA, state.bidB]) {
      const bid = await read(`/api/bids/${bidId}`);
      expect(bid.status).toBe('under_review');
      expect(bid.eligibilityReport.eligible).toBe(true);
    }
    expect(await read(`/api/challenges/${state.challengeId}`)).toMatchObject({ status: 'under_review' });
  });

  it('the officer invites the three experts of the cast, each accepts with the self-declaration, and the officer opens scoring', async () => {
    await formPanel(await owner(), journey.baseUrl, state.challengeId, CAST_PANEL);
    for (const expert of ['expert1', 'expert2', 'expert3'] as const) await acceptInvitation(await people.page(expert, '/expert'), journey.baseUrl, challengeTitle);
    await openScoring(await owner(), journey.baseUrl, state.challengeId);
    const panel = await read(`/api/challenges/${state.challengeId}/panel`);
    expect(panel.status).toBe('scoring');
    const { users } = journey.cast;
    expect(panel.members.map((member: { expertUserId: string; panelRole: string; invitationStatus: string }) => [member.expertUserId, member.panelRole, member.invitationStatus])).toEqual([
      [users.expert1, 'technical', 'accepted'],
      [users.expert2, 'industry', 'accepted'],
      [users.expert3, 'finance', 'accepted'],
    ]);
  });

  it('each expert scores both bids on the score sheet; the sheet shows the weighted total the server keeps', async () => {
    for (const [index, expert] of (['expert1', 'expert2', 'expert3'] as const).entries()) {
      const page = await people.page(expert, '/expert');
      for (const [bid, bidId] of [['A', state.bidA], ['B', state.bidB]] as const) {
        expect(await scoreBid(page, journey.baseUrl, bidId, scores[bid][index]!, '技术路线清晰，指标承诺可信。')).toBe(weightedTotal(scores[bid][index]!));
      }
    }
    const ranking = await read(`/api/challenges/${state.challengeId}/ranking`);
    expect(ranking.items.map((item: { bidId: string; scoreCount: number }) => [item.bidId, item.scoreCount])).toEqual([
      [state.bidA, 3],
      [state.bidB, 3],
    ]);
  });

  it('the officer closes scoring, reads the ranking (the consortium first) and shortlists both bids', async () => {
    const page = await owner();
    const ranking = await closeScoring(page, journey.baseUrl, state.challengeId);
    const mean = (sheets: Scores[]) => (sheets.reduce((sum, sheet) => sum + Number(weightedTotal(sheet)), 0) / sheets.length).toFixed(2);
    expect(ranking).toEqual([
      ['1', titleA, mean(scores.A)],
      ['2', titleB, mean(scores.B)],
    ]);
    await shortlistBids(page, journey.baseUrl, state.challengeId, [titleA, titleB]);
    const kept = await read(`/api/challenges/${state.challengeId}/ranking`);
    expect(kept.items.map((item: { bidId: string; rank: number; status: string }) => [item.bidId, item.rank, item.status])).toEqual([
      [state.bidA, 1, 'shortlisted'],
      [state.bidB, 2, 'shortlisted'],
    ]);
  });

  it('the officer publishes the notice: the consortium as proposed winner, lead B as alternate', async () => {
    await publishNotice(await owner(), journey.baseUrl, state.challengeId, {
      title: noticeTitle,
      body: '经形式审查、专家评审，拟确定以下单位为揭榜单位，现予公示。公示期内如有异议，请实名提出。',
      winners: [titleA],
      alternates: [titleB],
    });
    const notices = await read(`/api/notices?challengeId=${state.challengeId}`);
    expect(notices.items).toHaveLength(1);
    const [notice] = notices.items;
    state.noticeId = notice.id;
    expect(notice).toMatchObject({ status: 'open', title: noticeTitle });
    expect(notice.proposedWinners).toEqual([expect.objectContaining({ bidId: state.bidA, rank: 1, leadOrgName: leadA, memberOrgNames: [memberA1, memberA2] })]);
    expect(notice.alternates).toEqual([expect.objectContaining({ bidId: state.bidB, rank: 2, leadOrgName: leadB })]);
  });

  it('a member of the public objects on the notice page without signing in and keeps the receipt', async () => {
    const visitor = await journey.newPage('objector');
    const reference = await fileObjection(visitor, journey.baseUrl, noticeTitle, objection);
    const objections = await read(`/api/notices/${state.noticeId}/objections`);
    expect(objections.items).toEqual([expect.objectContaining({ id: reference, objectorName: '张某', objectorContact: '13800000000', bidId: state.bidA, reason: objection.reason, status: 'filed' })]);
    state.objectionId = reference;
    // The public notice counts it; the contact stays with the office.
    const published = await journey.cast.public.expect(200, 'GET', `/api/notices/${state.noticeId}`);
    expect(published.objectionsCount).toBe(1);
    expect(JSON.stringify(published)).not.toContain('13800000000');
  });

  it('the officer rules the objection out with reasons; the notice cannot be closed before its period ends', async () => {
    const page = await owner();
    await ruleOutObjection(page, journey.baseUrl, state.challengeId, objection.objectorName, ruling);
    expect(await page.getByRole('button', { name: '结束公示' }).count()).toBe(0);
    const objections = await read(`/api/notices/${state.noticeId}/objections`);
    expect(objections.items).toEqual([expect.objectContaining({ id: state.objectionId, status: 'ruled_out', ruling })]);
  });

  it('after the notice period the officer closes the notice and awards the consortium', async () => {
    await people.jumpDays(8);
    const page = await owner();
    await closeNotice(page, journey.baseUrl, state.challengeId, noticeTitle);
    await awardChallenge(page, journey.baseUrl, state.challengeId, [leadA]);
    expect(await read(`/api/challenges/${state.challengeId}`)).toMatchObject({ status: 'awarded' });
    const awards = await read(`/api/challenges/${state.challengeId}/awards`);
    expect(awards.items).toEqual([expect.objectContaining({ bidId: state.bidA, rank: 1, status: 'awarded' })]);
    const results = await journey.cast.public.expect(200, 'GET', `/api/challenges/${state.challengeId}/results`);
    expect(results.winners).toEqual([expect.objectContaining({ rank: 1, organisationName: leadA, memberOrgNames: [memberA1, memberA2] })]);
    const notice = await read(`/api/notices/${state.noticeId}`);
    expect(notice.status).toBe('closed');
  });

  it('the officer opens negotiation (对接洽谈) and lands on the contract drafted from the challenge', async () => {
    const page = await owner();
    state.contractId = await openNegotiation(page, journey.baseUrl, state.challengeId, leadA);
    await page.getByRole('heading', { name: challengeTitle }).waitFor();
    await page.locator('.contract-header').getByText('对接洽谈中', { exact: true }).waitFor();
    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.status).toBe('negotiation');
    expect(contract.indicators.map((indicator: { key: string }) => indicator.key)).toEqual(['accuracy', 'latency', 'cost']);
    const challenge = await read(`/api/challenges/${state.challengeId}`);
    expect(challenge.timeline.map((entry: { type: string }) => entry.type)).toEqual(expect.arrayContaining(['challenge.created', 'challenge.publish', 'challenge.close_bidding', 'challenge.start_review', 'challenge.award']));
  });

  it('the officer agrees the terms (two milestones, three tranches) and signs; only the signing tranche can be paid', async () => {
    const now = journey.t.clock.now();
    const terms: ContractTermsInput = {
      contractValueWan: '400',
      rdInputWan: '2000',
      ipTerms: '知识产权归揭榜方所有，需求方享有免费使用权。',
      deliverables: ['在线检测样机 1 套', '第三方检测报告'],
      milestones: [
        { title: '样机研制完成', dueDate: beijingDay(now, 180), deliverables: ['实验室样机'] },
        { title: '产线验证完成', dueDate: beijingDay(now, 360), deliverables: ['现场验证报告'] },
      ],
      tranches: [
        { sharePct: '30', trigger: '签约后拨付' },
        { sharePct: '40', trigger: '节点考核通过后拨付', milestone: 1 },
        { sharePct: '30', trigger: '验收通过后拨付' },
      ],
    };
    const page = await owner();
    await setTermsAndSign(page, journey.baseUrl, state.contractId, terms);
    expect(await readTranches(page, journey.baseUrl, state.contractId)).toEqual([
      { label: '第 1 期', share: '30%', amount: '¥1,200,000', status: '待拨付' },
      { label: '第 2 期', share: '40%', amount: '¥1,600,000', status: '未解锁' },
      { label: '第 3 期', share: '30%', amount: '¥1,200,000', status: '未解锁' },
    ]);
    await payTranche(page, journey.baseUrl, state.contractId, 1);
    expect(await canPayTranche(page, journey.baseUrl, state.contractId, 2)).toBe(false);

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract).toMatchObject({ status: 'active', contractValueFen: 400_000_000, rdInputFen: 2_000_000_000 });
    expect(contract.milestones.map((milestone: { title: string; dueDate: string }) => [milestone.title, milestone.dueDate])).toEqual(terms.milestones.map((milestone) => [milestone.title, milestone.dueDate]));
    expect(contract.tranches.map((tranche: { trigger: string; status: string; amountFen: number }) => [tranche.trigger, tranche.status, tranche.amountFen])).toEqual([
      ['signing', 'paid', 120_000_000],
      ['milestone', 'locked', 160_000_000],
      ['acceptance', 'locked', 120_000_000],
    ]);
  });

  it('the PI reports milestone 1, the officer passes it and pays the second tranche', async () => {
    const pi = await people.page('piA', '/contracts');
    const page = await owner();
    await reportMilestone(pi, journey.baseUrl, state.contractId, '样机研制完成', '实验室样机完成，气孔识别准确率 97.2%。');
    await reviewMilestone(page, journey.baseUrl, state.contractId, '样机研制完成', '节点目标达成，同意拨付第二笔经费。');
    await payTranche(page, journey.baseUrl, state.contractId, 2);

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.milestones.map((milestone: { status: string }) => milestone.status)).toEqual(['passed', 'pending']);
    expect(contract.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['paid', 'paid', 'locked']);
  });

  it('the PI files a route adjustment that takes effect at once (备案), with nothing for the officer to approve', async () => {
    const summary = '检测网络由 YOLO 系列调整为 Transformer 轻量化架构';
    const filed = await fileChangeRequest(await people.page('piA', '/contracts'), journey.baseUrl, state.contractId, { kind: '技术路线调整', summary, reason: '小目标缺陷召回率更高' });
    expect(filed).toEqual({ effect: '备案', kind: '技术路线调整', status: '已备案', decisions: [] });
    expect(await readChangeRequest(await owner(), journey.baseUrl, state.contractId, summary)).toEqual({ kind: '技术路线调整', status: '已备案', decisions: [] });

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.changeRequests).toEqual([expect.objectContaining({ kind: 'route_adjustment', summary, details: { reason: '小目标缺陷召回率更高' }, status: 'filed', needsApproval: false, decidedAt: null })]);
  });

  it('lead A books an expense; under the lump-sum budget (包干制) only the PI approves it, not the officer', async () => {
    const description = '近红外工业相机 2 台';
    const incurredOn = beijingDay(journey.t.clock.now(), 0);
    const booked = await bookExpense(await people.page('leadA', '/contracts'), journey.baseUrl, state.contractId, { category: '设备费', description, amountYuan: '180000', incurredOn });
    expect(booked).toEqual({ category: '设备费', amount: '¥180,000', incurredOn, status: '待审核', decisions: [] });
    // The API journey's 403: the officer's page offers no decision on it.
    const page = await owner();
    expect(await readExpense(page, journey.baseUrl, state.contractId, description)).toMatchObject({ status: '待审核', decisions: [] });
    await page.getByText('本计划实行经费包干制：支出由揭榜挂帅人自主审核。').waitFor();

    const pi = await people.page('piA', '/contracts');
    expect((await readExpense(pi, journey.baseUrl, state.contractId, description)).decisions).toEqual(['确认', '驳回']);
    expect(await decideExpense(pi, journey.baseUrl, state.contractId, description, '确认')).toMatchObject({ status: '已确认', decisions: [] });
    await pi.getByText('已确认支出合计 ¥180,000').waitFor();

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.lumpSumBudget).toBe(true);
    expect(contract.expenses).toEqual([expect.objectContaining({ category: '设备费', description, amountFen: 18_000_000, incurredOn, status: 'approved' })]);
    expect(contract.expenses[0].decidedAt).not.toBeNull();
  });

  it('the PI reports milestone 2 and the officer passes it', async () => {
    await reportMilestone(await people.page('piA', '/contracts'), journey.baseUrl, state.contractId, '产线验证完成', '两条产线连续运行 72 小时，全部指标达标。');
    await reviewMilestone(await owner(), journey.baseUrl, state.contractId, '产线验证完成', '产线验证通过。');

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.milestones.map((milestone: { status: string }) => milestone.status)).toEqual(['passed', 'passed']);
    expect(contract.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['paid', 'paid', 'locked']);
  });

  it('the PI asks for acceptance; every indicator is met and the officer concludes it passed; the last tranche is paid', async () => {
    await requestAcceptance(await people.page('piA', '/contracts'), journey.baseUrl, state.contractId);
    const page = await owner();
    const evidence = '浙江省计量科学研究院检测报告 ZJ-2027-0412';
    const verdicts = await recordMeasuredValues(page, journey.baseUrl, state.contractId, [
      { indicator: '缺陷识别准确率', value: '98.6', evidence },
      { indicator: '单帧处理时延', value: '42', evidence },
      { indicator: '单套设备成本', value: '55', evidence },
    ]);
    expect(verdicts).toEqual({ 缺陷识别准确率: '通过', 单帧处理时延: '通过', 单套设备成本: '通过' });
    expect(await concludeAcceptance(page, journey.baseUrl, state.contractId, '全部考核指标达到榜单要求，同意通过验收。')).toEqual({ expected: '通过', status: '已通过验收' });
    await payTranche(page, journey.baseUrl, state.contractId, 3);

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.status).toBe('accepted');
    expect(contract.acceptances.at(-1)).toMatchObject({ outcome: 'passed' });
    expect(contract.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['paid', 'paid', 'paid']);
  });

  it('the payout is computed from the programme policy (20% of R&D input), approved and paid; the contract is closed', async () => {
    const page = await owner();
    const payout = await computeApproveAndPayPayout(page, journey.baseUrl, state.contractId);
    expect(payout).toMatchObject({ amount: '¥4,000,000', status: '已拨付' });
    await closeContract(page, journey.baseUrl, state.contractId);

    const contract = await read(`/api/contracts/${state.contractId}`);
    expect(contract.status).toBe('closed');
    expect(contract.payouts).toEqual([expect.objectContaining({ schemeKind: 'rd_input_subsidy', baseFen: 2_000_000_000, amountFen: 400_000_000, recipientOrgId: journey.cast.orgs.leadA, status: 'paid' })]);
    // The trail: every step audited, the SM3 hash chain intact.
    const { cast } = journey;
    const verification = await cast.as.auditor.expect(200, 'GET', `/api/audit-events/verify?tenantId=${cast.tenantId}`);
    expect(verification).toMatchObject({ valid: true, chains: [{ tenantId: cast.tenantId, valid: true, brokenAtSeq: null }] });
    expect(verification.chains[0].events).toBeGreaterThan(60);
  });
});
