import { describe, expect, it } from 'vitest';
import { setUpJourney } from './journey-cast.ts';
import { closeBidding, noticeAndAward, openProgramme, poolNeed, publishChallenge, reviewAndShortlist, submitBid, yuan } from './lifecycle-steps.ts';

/**
 * Journey (a): one Ningbo challenge carried from the demander's need to the results-based payout, every step
 * through the HTTP API, on PGlite and on the PostgreSQL server.
 */
describe('journey (a): need → challenge → bids → review → notice → award → contract → milestones → acceptance → payout', () => {
  const journey = setUpJourney();

  it('runs the whole programme lifecycle and pays on results', async () => {
    const { t, cast } = journey;
    const { as } = cast;
    // Screening: need → vetting → pool → challenge → approval → publication.
    const programmeId = await openProgramme(cast);
    const needId = await poolNeed(cast, programmeId, '新能源汽车电驱壳体压铸缺陷在线检测');
    const challengeId = await publishChallenge(t, cast, programmeId, needId, '新能源汽车电驱壳体压铸缺陷在线视觉检测系统');
    const hall = await cast.public.expect(200, 'GET', '/api/challenges?q=电驱壳体');
    expect(hall.items.map((item: { id: string }) => item.id)).toEqual([challengeId]);

    // Evaluation: two bids, one of them a consortium of a lead and two members.
    const consortiumBid = await submitBid(cast, challengeId, {
      lead: 'A',
      leadBudgetShareBp: 6500,
      members: [
        { organisationId: cast.orgs.memberA1, task: '多光谱成像模组与标定', budgetShareBp: 2000 },
        { organisationId: cast.orgs.memberA2, task: '产线示范与数据标注', budgetShareBp: 1500 },
      ],
    });
    const singleBid = await submitBid(cast, challengeId, { lead: 'B', rdInputFen: yuan(8_000_000) });
    const consortium = await as.leadA.expect(200, 'GET', `/api/bids/${consortiumBid}`);
    expect(consortium.members.map((m: { role: string }) => m.role)).toEqual(['lead', 'member', 'member']);
    expect((await as.leadB.get(`/api/bids/${consortiumBid}`)).status).toBe(404);

    await closeBidding(t, cast, challengeId);
    for (const bidId of [consortiumBid, singleBid]) {
      const checked = await as.owner.expect(200, 'POST', `/api/bids/${bidId}/check-eligibility`, {});
      expect(checked.status).toBe('under_review');
      expect(checked.eligibilityReport.eligible).toBe(true);
    }
    const ranking = await reviewAndShortlist(cast, challengeId, {
      [consortiumBid]: [[92, 88, 85, 80], [90, 85, 88, 75], [85, 90, 80, 85]],
      [singleBid]: [[80, 75, 78, 70], [70, 72, 75, 80], [88, 70, 72, 90]],
    });
    expect(ranking.items.map((item: { bidId: string }) => item.bidId)).toEqual([consortiumBid, singleBid]);

    const awardId = await noticeAndAward(t, cast, challengeId, consortiumBid, '该单位团队负责人近三年有类似项目未结题。');
    const results = await cast.public.expect(200, 'GET', `/api/challenges/${challengeId}/results`);
    expect(results.winners).toEqual([expect.objectContaining({ rank: 1, organisationName: '浙江大学宁波智能制造研究院', memberOrgNames: ['中国科学院宁波材料技术与工程研究所', '宁波工程学院'] })]);

    // Supervision: contract with 3 tranches (signing / milestone 1 / acceptance) and 2 milestones.
    const negotiation = await as.owner.expect(201, 'POST', `/api/awards/${awardId}/contract`, {});
    expect(negotiation.indicators.map((i: { key: string }) => i.key)).toEqual(['accuracy', 'latency', 'cost']);
    await as.owner.expect(200, 'PUT', `/api/contracts/${negotiation.id}/terms`, {
      contractValueFen: yuan(4_000_000),
      rdInputFen: yuan(20_000_000),
      ipTerms: '知识产权归揭榜方所有，需求方享有免费使用权。',
      deliverables: ['在线检测样机 1 套', '第三方检测报告'],
      milestones: [
        { title: '样机研制完成', dueDate: '2026-12-31', deliverables: ['实验室样机'] },
        { title: '产线验证完成', dueDate: '2027-06-30', deliverables: ['现场验证报告'] },
      ],
      tranches: [
        { shareBp: 3000, trigger: 'signing' },
        { shareBp: 4000, trigger: 'milestone', milestoneSequence: 1 },
        { shareBp: 3000, trigger: 'acceptance' },
      ],
    });
    let contract = await as.owner.expect(200, 'POST', `/api/contracts/${negotiation.id}/sign`, {});
    expect(contract.status).toBe('active');
    const [first, second, third] = contract.tranches as { id: string; status: string; amountFen: number }[];
    expect(contract.tranches.map((tr: { status: string; amountFen: number }) => [tr.status, tr.amountFen])).toEqual([
      ['unlocked', yuan(1_200_000)],
      ['locked', yuan(1_600_000)],
      ['locked', yuan(1_200_000)],
    ]);
    await as.owner.expect(200, 'POST', `/api/tranches/${first!.id}/pay`, {});
    const locked = await as.owner.post(`/api/tranches/${second!.id}/pay`, {});
    expect(locked.status).toBe(409);
    expect(locked.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'tranche.pay' });

    const [milestone1, milestone2] = contract.milestones as { id: string }[];
    await as.piA.expect(200, 'POST', `/api/milestones/${milestone1!.id}/report`, { report: '实验室样机完成，气孔识别准确率 97.2%。' });
    const passed = await as.owner.expect(200, 'POST', `/api/milestones/${milestone1!.id}/review`, { decision: 'continue', opinion: '节点目标达成，同意拨付第二笔经费。' });
    expect(passed.status).toBe('passed');
    expect((await as.owner.expect(200, 'POST', `/api/tranches/${second!.id}/pay`, {})).status).toBe('paid');

    // Autonomy: the PI files a route adjustment (no approval) and approves expenses under the lump-sum budget.
    const route = await as.piA.expect(201, 'POST', `/api/contracts/${contract.id}/change-requests`, { kind: 'route_adjustment', summary: '检测网络由 YOLO 系列调整为 Transformer 轻量化架构', details: { reason: '小目标缺陷召回率更高' } });
    expect(route).toMatchObject({ status: 'filed', needsApproval: false });
    const expense = await as.leadA.expect(201, 'POST', `/api/contracts/${contract.id}/expenses`, { category: '设备费', description: '近红外工业相机 2 台', amountFen: yuan(180_000), incurredOn: '2027-01-15' });
    expect((await as.owner.post(`/api/expenses/${expense.id}/decide`, { decision: 'approve' })).status).toBe(403);
    expect((await as.piA.expect(200, 'POST', `/api/expenses/${expense.id}/decide`, { decision: 'approve' })).status).toBe('approved');

    await as.piA.expect(200, 'POST', `/api/milestones/${milestone2!.id}/report`, { report: '两条产线连续运行 72 小时，全部指标达标。' });
    await as.owner.expect(200, 'POST', `/api/milestones/${milestone2!.id}/review`, { decision: 'continue', opinion: '产线验证通过。' });

    // Achievement: acceptance indicator by indicator, then the payout computed from the programme's policy.
    const acceptance = await as.piA.expect(201, 'POST', `/api/contracts/${contract.id}/acceptance`, {});
    for (const [indicatorKey, measuredValue] of [['accuracy', 98.6], ['latency', 42], ['cost', 55]] as const) {
      const verdict = await as.tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey, measuredValue, evidence: '浙江省计量科学研究院检测报告 ZJ-2027-0412' });
      expect(verdict.indicators.find((v: { indicator: { key: string } }) => v.indicator.key === indicatorKey).verdict).toBe('passed');
    }
    const concluded = await as.owner.expect(200, 'POST', `/api/acceptances/${acceptance.id}/conclude`, { summary: '全部考核指标达到榜单要求，同意通过验收。' });
    expect(concluded.outcome).toBe('passed');
    contract = await as.owner.expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(contract.status).toBe('accepted');
    expect((await as.owner.expect(200, 'POST', `/api/tranches/${third!.id}/pay`, {})).status).toBe('paid');

    const payout = await as.owner.expect(201, 'POST', `/api/contracts/${contract.id}/payouts`, {});
    expect(payout).toMatchObject({ schemeKind: 'rd_input_subsidy', baseFen: yuan(20_000_000), amountFen: yuan(4_000_000), recipientOrgId: cast.orgs.leadA, status: 'computed' });
    await as.owner.expect(200, 'POST', `/api/payouts/${payout.id}/approve`, {});
    expect((await as.owner.expect(200, 'POST', `/api/payouts/${payout.id}/pay`, {})).status).toBe('paid');
    expect((await as.owner.expect(200, 'POST', `/api/contracts/${contract.id}/close`, {})).status).toBe('closed');

    // The trail: every step audited, the SM3 hash chain intact, the timeline visible per object.
    const verification = await as.auditor.expect(200, 'GET', `/api/audit-events/verify?tenantId=${cast.tenantId}`);
    expect(verification).toMatchObject({ valid: true, chains: [{ tenantId: cast.tenantId, valid: true, brokenAtSeq: null }] });
    expect(verification.chains[0].events).toBeGreaterThan(60);
    const trail = await as.auditor.expect(200, 'GET', `/api/audit-events?tenantId=${cast.tenantId}&pageSize=100`);
    expect(trail.total).toBeGreaterThan(60);
    const challenge = await as.owner.expect(200, 'GET', `/api/challenges/${challengeId}`);
    expect(challenge.timeline.map((entry: { type: string }) => entry.type)).toEqual(expect.arrayContaining(['challenge.created', 'challenge.publish', 'challenge.close_bidding', 'challenge.start_review', 'challenge.award']));
  });
});
