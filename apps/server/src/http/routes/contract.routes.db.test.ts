import { yuan } from '@jiebang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createAwardedBidCase, openTestApp, sampleContractTerms, sampleIndicators, signContractViaApi, singleTrancheTerms, type AwardedBidCase, type TestApp } from '@jiebang/test-kit';

const types = (view: { timeline: { type: string }[] }) => view.timeline.map((entry) => entry.type);

describe('contracts API: negotiation → tranches and milestones → autonomy → acceptance → payout (Ningbo)', () => {
  let t: TestApp;
  let c: AwardedBidCase;
  let officer: ApiClient;
  let pi: ApiClient;
  let deputy: ApiClient;
  let leadStaff: ApiClient;
  let demander: ApiClient;
  let tester: ApiClient;
  let stranger: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    c = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', rdInputFen: yuan(20_000_000) });
    const signIn = (user: { username: string }) => ApiClient.signIn(t.app, user.username);
    officer = await signIn(c.users.officer);
    pi = await signIn(c.users.pi);
    deputy = await signIn(c.users.deputy);
    leadStaff = await signIn(c.users.leadStaff);
    demander = await signIn(c.users.demander);
    tester = await signIn(c.users.tester);
    stranger = await signIn(c.users.stranger);
  });
  afterAll(() => t.close());

  it('runs one contract from negotiation to closing, gating every tranche on its trigger', async () => {
    // ── negotiation: what the programme bought is frozen from the challenge, who delivers it from the bid
    expect((await pi.post(`/api/awards/${c.awardId}/contract`, {})).status).toBe(403);
    const opened = await officer.expect(201, 'POST', `/api/awards/${c.awardId}/contract`, {});
    expect(opened).toMatchObject({
      status: 'negotiation',
      leadOrgId: c.leadOrgId,
      demanderOrgId: c.demanderOrgId,
      piUserId: c.users.pi.id,
      rdInputFen: yuan(20_000_000),
      ipTerms: '知识产权归揭榜方所有，需求方享有免费使用权。',
      deliverables: ['在线检测样机 1 套', '第三方检测报告', '发明专利申请 2 项'],
      lumpSumBudget: true,
      actions: ['edit_terms', 'fail_negotiation'],
    });
    expect(opened.indicators.map((indicator: { key: string }) => indicator.key)).toEqual(sampleIndicators().map((indicator) => indicator.key));
    const duplicate = await officer.post(`/api/awards/${c.awardId}/contract`, {});
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('DUPLICATE');
    const id = opened.id as string;

    const unsignable = await officer.post(`/api/contracts/${id}/sign`, {});
    expect(unsignable.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'contract.terms_unset' });

    const terms = await officer.expect(200, 'PUT', `/api/contracts/${id}/terms`, sampleContractTerms());
    expect(terms.tranches.map((tranche: { amountFen: number; status: string; milestoneSequence: number | null }) => [tranche.amountFen, tranche.status, tranche.milestoneSequence])).toEqual([
      [yuan(1_200_000), 'locked', null],
      [yuan(1_600_000), 'locked', 1],
      [yuan(1_200_000), 'locked', null],
    ]);
    expect(terms.actions).toEqual(['edit_terms', 'sign', 'fail_negotiation']);
    expect((await pi.post(`/api/contracts/${id}/sign`, {})).status).toBe(403);

    // ── signing unlocks the signing tranche only; the milestone tranche stays locked
    const signed = await officer.expect(200, 'POST', `/api/contracts/${id}/sign`, { version: terms.version });
    expect(signed.status).toBe('active');
    expect(signed.signedAt).not.toBeNull();
    expect(signed.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['unlocked', 'locked', 'locked']);
    const award = await t.deps.db.selectFrom('award').select('status').where('id', '=', c.awardId).executeTakeFirstOrThrow();
    expect(award.status).toBe('contracted');
    const [first, second, third] = signed.tranches;
    expect(first.actions).toEqual(['pay']);
    const paid = await officer.expect(200, 'POST', `/api/tranches/${first.id}/pay`, {});
    expect(paid).toMatchObject({ status: 'paid', actions: [] });
    expect(types(paid)).toEqual(['tranche.unlock', 'tranche.pay']);
    const locked = await officer.post(`/api/tranches/${second.id}/pay`, {});
    expect(locked.status).toBe(409);
    expect(locked.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'tranche.pay' });
    expect((await officer.put(`/api/contracts/${id}/terms`, sampleContractTerms())).body.error.rule).toBe('contract.terms_frozen');

    // ── milestone 1: the PI reports, the officer passes it, its tranche unlocks
    const [m1, m2] = signed.milestones;
    expect(m1.actions).toEqual([]);
    const early = await officer.post(`/api/milestones/${m1.id}/review`, { decision: 'continue', opinion: '同意' });
    expect(early.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'milestone.pass' });
    expect((await officer.post(`/api/milestones/${m1.id}/report`, { report: '代报' })).status).toBe(403);
    expect((await stranger.post(`/api/milestones/${m1.id}/report`, { report: '冒充' })).status).toBe(404);
    const reported = await pi.expect(200, 'POST', `/api/milestones/${m1.id}/report`, { report: '实验室样机已完成，识别准确率 97.2%。' });
    expect(reported).toMatchObject({ status: 'submitted', actions: [] });
    const badDecision = await officer.post(`/api/milestones/${m1.id}/review`, { decision: 'maybe', opinion: '' });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['body.decision', 'body.opinion']));
    const deadlineOnPass = await officer.post(`/api/milestones/${m1.id}/review`, { decision: 'continue', opinion: '同意', remediationDueDate: '2026-04-02' });
    expect(deadlineOnPass.status).toBe(400);
    expect(deadlineOnPass.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.remediationDueDate']);
    const passed = await officer.expect(200, 'POST', `/api/milestones/${m1.id}/review`, { decision: 'continue', opinion: '节点目标达成，同意继续实施。' });
    expect(passed).toMatchObject({ status: 'passed', remediationDueDate: null });
    expect(passed.timeline.at(-1)).toMatchObject({ type: 'milestone.reviewed', payload: expect.objectContaining({ decision: 'continue', unlockedTrancheIds: [second.id] }) });
    const afterM1 = await pi.expect(200, 'GET', `/api/contracts/${id}`);
    expect(afterM1.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['paid', 'unlocked', 'locked']);
    expect(afterM1.actions).toEqual(['file_change_request', 'submit_expense']);
    await officer.expect(200, 'POST', `/api/tranches/${second.id}/pay`, {});
    expect((await officer.post(`/api/tranches/${third.id}/pay`, {})).status).toBe(409);

    // ── autonomy: a route adjustment is only filed; a PI change waits for the owner
    const route = await pi.expect(201, 'POST', `/api/contracts/${id}/change-requests`, { kind: 'route_adjustment', summary: '由传统视觉改为多光谱深度学习路线', details: { reason: '反光表面误检率高' } });
    expect(route).toMatchObject({ status: 'filed', needsApproval: false, actions: [] });
    expect((await officer.post(`/api/contracts/${id}/change-requests`, { kind: 'route_adjustment', summary: '代为备案' })).status).toBe(403);
    const missing = await pi.post(`/api/contracts/${id}/change-requests`, { kind: 'pi_change', summary: '负责人变更', details: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.details.newPiUserId']);
    const outsider = await pi.post(`/api/contracts/${id}/change-requests`, { kind: 'pi_change', summary: '负责人变更', details: { newPiUserId: c.users.stranger.id } });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.issues[0].path).toBe('body.details.newPiUserId');
    const badIndicators = await pi.post(`/api/contracts/${id}/change-requests`, { kind: 'goal_indicator_change', summary: '指标调整', details: { indicators: [{ ...sampleIndicators()[0], weightBp: 4000 }] } });
    expect(badIndicators.status).toBe(400);
    expect(badIndicators.body.error.issues[0].path).toMatch(/^body\.details\.indicators/);

    const piChange = await pi.expect(201, 'POST', `/api/contracts/${id}/change-requests`, { kind: 'pi_change', summary: '原负责人调任，由副负责人接任', details: { newPiUserId: c.users.deputy.id } });
    expect(piChange).toMatchObject({ status: 'pending_approval', needsApproval: true });
    expect((await officer.expect(200, 'GET', `/api/contracts/${id}`)).piUserId).toBe(c.users.pi.id);
    const asOfficer = await officer.expect(200, 'GET', `/api/change-requests/${piChange.id}`);
    expect(asOfficer.actions).toEqual(['approve', 'reject']);
    expect((await pi.post(`/api/change-requests/${piChange.id}/decide`, { decision: 'approve' })).status).toBe(403);
    const approved = await officer.expect(200, 'POST', `/api/change-requests/${piChange.id}/decide`, { decision: 'approve', note: '同意变更' });
    expect(approved.status).toBe('approved');
    const again = await officer.post(`/api/change-requests/${piChange.id}/decide`, { decision: 'reject' });
    expect(again.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'change_request.reject' });
    const afterChange = await officer.expect(200, 'GET', `/api/contracts/${id}`);
    expect(afterChange.piUserId).toBe(c.users.deputy.id);
    expect(types(afterChange)).toContain('contract.change_applied');
    // The former PI is no longer the PI (still lead-org staff, so still sees the contract).
    expect((await pi.post(`/api/contracts/${id}/change-requests`, { kind: 'route_adjustment', summary: '再调整' })).status).toBe(403);

    // ── expenses under 经费包干制: the PI decides, the officer may not
    const badExpense = await leadStaff.post(`/api/contracts/${id}/expenses`, { category: '材料费', description: '铸件样品', amountFen: 0, incurredOn: '2026-13-01' });
    expect(badExpense.status).toBe(400);
    expect(badExpense.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['body.amountFen', 'body.incurredOn']));
    const expense = await leadStaff.expect(201, 'POST', `/api/contracts/${id}/expenses`, { category: '材料费', description: '电驱壳体铸件样品 200 件', amountFen: yuan(36_500.5), incurredOn: '2026-05-12' });
    expect(expense).toMatchObject({ status: 'submitted', amountFen: 3_650_050 });
    const refusedOfficer = await officer.post(`/api/expenses/${expense.id}/decide`, { decision: 'approve' });
    expect(refusedOfficer.status).toBe(403);
    expect(refusedOfficer.body.error.rule).toBe('expense.decide');
    expect((await stranger.post(`/api/expenses/${expense.id}/decide`, { decision: 'approve' })).status).toBe(404);
    const approvedExpense = await deputy.expect(200, 'POST', `/api/expenses/${expense.id}/decide`, { decision: 'approve' });
    expect(approvedExpense).toMatchObject({ status: 'approved', actions: [] });

    // ── milestone 2 with one round of 限期整改; acceptance refused until it passed
    const tooSoon = await deputy.post(`/api/contracts/${id}/acceptance`, {});
    expect(tooSoon.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'acceptance.milestones_open' });
    await deputy.expect(200, 'POST', `/api/milestones/${m2.id}/report`, { report: '产线验证进行中。' });
    // 限期整改 names a deadline after today in Asia/Shanghai (the test clock reads 2026-03-02 09:00 there)
    const undated = await officer.post(`/api/milestones/${m2.id}/review`, { decision: 'remediate', opinion: '现场数据不足。' });
    expect(undated.status).toBe(400);
    expect(undated.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.remediationDueDate']);
    const dueToday = await officer.post(`/api/milestones/${m2.id}/review`, { decision: 'remediate', opinion: '现场数据不足。', remediationDueDate: '2026-03-02' });
    expect(dueToday.status).toBe(400);
    expect(dueToday.body.error.issues[0].path).toBe('body.remediationDueDate');
    const remediation = await officer.expect(200, 'POST', `/api/milestones/${m2.id}/review`, { decision: 'remediate', opinion: '现场数据不足，限期一个月整改。', remediationDueDate: '2026-04-02' });
    expect(remediation).toMatchObject({ status: 'remediation', remediationDueDate: '2026-04-02' });
    expect(remediation.timeline.at(-1).payload).toMatchObject({ decision: 'remediate', remediationDueDate: '2026-04-02' });
    expect((await pi.expect(200, 'GET', `/api/contracts/${id}`)).milestones[1].remediationDueDate).toBe('2026-04-02');
    await deputy.expect(200, 'POST', `/api/milestones/${m2.id}/report`, { report: '补充 72 小时连续运行数据。' });
    const remedied = await officer.expect(200, 'POST', `/api/milestones/${m2.id}/review`, { decision: 'continue', opinion: '整改到位。' });
    expect(remedied).toMatchObject({ status: 'passed', remediationDueDate: null });

    // ── acceptance per indicator: the tester measures, the officer concludes
    expect((await officer.post(`/api/contracts/${id}/acceptance`, {})).status).toBe(403);
    const acceptance = await deputy.expect(201, 'POST', `/api/contracts/${id}/acceptance`, {});
    expect(acceptance).toMatchObject({ status: 'open', outcome: null });
    expect(acceptance.indicators).toHaveLength(3);
    expect((await pi.expect(200, 'GET', `/api/contracts/${id}`)).status).toBe('under_acceptance');
    const testerView = await tester.expect(200, 'GET', `/api/acceptances/${acceptance.id}`);
    expect(testerView.actions).toEqual(['record_verdict']);
    expect((await tester.get(`/api/contracts/${id}`)).status).toBe(404);
    expect((await stranger.get(`/api/acceptances/${acceptance.id}`)).status).toBe(404);

    const unknown = await tester.post(`/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'throughput', measuredValue: 10 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toBe('body.indicatorKey');
    const silentOverride = await tester.post(`/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'latency', measuredValue: 120, verdict: 'passed' });
    expect(silentOverride.body.error.issues[0].path).toBe('body.conditionNote');
    await tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'accuracy', measuredValue: 98.6, evidence: '检测报告 JC-2027-001' });
    const incomplete = await officer.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '结论' });
    expect(incomplete.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'acceptance.verdicts_missing' });
    await tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'latency', measuredValue: 45 });
    const measured = await officer.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'cost', measuredValue: 55 });
    expect(measured.indicators.map((line: { verdict: string; measuredValue: number }) => [line.verdict, line.measuredValue])).toEqual([
      ['passed', 98.6],
      ['passed', 45],
      ['passed', 55],
    ]);
    expect((await tester.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '结论' })).status).toBe(403);
    const stale = await officer.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '结论', version: acceptance.version });
    expect(stale.body.error.code).toBe('STALE_VERSION');
    const concluded = await officer.expect(200, 'POST', `/api/acceptances/${acceptance.id}/conclude`, { summary: '各项考核指标均达到任务书要求，同意通过验收。' });
    expect(concluded).toMatchObject({ status: 'concluded', outcome: 'passed', actions: [] });
    const accepted = await officer.expect(200, 'GET', `/api/contracts/${id}`);
    expect(accepted.status).toBe('accepted');
    expect(accepted.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['paid', 'paid', 'unlocked']);
    expect(accepted.actions).toEqual(['compute_payout']);

    // ── 成果兑现 (Ningbo): 20% of the R&D input, to the lead organisation
    expect((await demander.post(`/api/contracts/${id}/payouts`, {})).status).toBe(403);
    const payout = await officer.expect(201, 'POST', `/api/contracts/${id}/payouts`, {});
    expect(payout).toMatchObject({
      schemeKind: 'rd_input_subsidy',
      baseFen: yuan(20_000_000),
      amountFen: yuan(4_000_000),
      recipientKind: 'bidder_lead_org',
      recipientOrgId: c.leadOrgId,
      status: 'computed',
      computation: { base: 'rd_input', baseFen: yuan(20_000_000), rateBp: 2000, capFen: yuan(10_000_000), uncappedFen: yuan(4_000_000), amountFen: yuan(4_000_000), capped: false, timing: 'after_acceptance' },
      actions: ['approve'],
    });
    const twice = await officer.post(`/api/contracts/${id}/payouts`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('DUPLICATE');
    expect((await officer.post(`/api/contracts/${id}/close`, {})).body.error.rule).toBe('contract.payout_unpaid');
    expect((await officer.post(`/api/payouts/${payout.id}/pay`, {})).body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'payout.pay' });
    await officer.expect(200, 'POST', `/api/payouts/${payout.id}/approve`, {});
    const paidOut = await officer.expect(200, 'POST', `/api/payouts/${payout.id}/pay`, {});
    expect(types(paidOut)).toEqual(['payout.computed', 'payout.approve', 'payout.pay']);
    await officer.expect(200, 'POST', `/api/tranches/${third.id}/pay`, {});
    const closed = await officer.expect(200, 'POST', `/api/contracts/${id}/close`, {});
    expect(closed).toMatchObject({ status: 'closed', actions: [] });
    expect(types(closed)).toEqual(['contract.created', 'contract.terms_updated', 'contract.sign', 'contract.change_applied', 'contract.request_acceptance', 'contract.accept', 'contract.close']);

    // ── who sees it
    for (const client of [pi, deputy, leadStaff, demander, officer]) expect((await client.expect(200, 'GET', '/api/contracts/mine')).items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await stranger.expect(200, 'GET', '/api/contracts/mine')).items).toEqual([]);
    expect((await stranger.get(`/api/contracts/${id}`)).status).toBe(404);
    expect((await new ApiClient(t.app).get(`/api/contracts/${id}`)).status).toBe(401);
  });

  it('serialises racing officers on the contract row: one pays the tranche, the other gets 409', async () => {
    const other = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId });
    const first = await ApiClient.signIn(t.app, other.users.officer.username);
    const second = await ApiClient.signIn(t.app, other.users.officer.username);
    const contract = await first.expect(201, 'POST', `/api/awards/${other.awardId}/contract`, {});
    await first.expect(200, 'PUT', `/api/contracts/${contract.id}/terms`, sampleContractTerms());
    const signed = await first.expect(200, 'POST', `/api/contracts/${contract.id}/sign`, {});
    const tranche = signed.tranches[0].id;
    const results = await Promise.all([first.post(`/api/tranches/${tranche}/pay`, {}), second.post(`/api/tranches/${tranche}/pay`, {})]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const payments = await t.deps.db.selectFrom('audit_event').select('id').where('aggregate_id', '=', tranche).where('type', '=', 'tranche.pay').execute();
    expect(payments).toHaveLength(1);
  });

  it('outside a lump-sum budget the officer decides expenses and budget changes; approved changes rewrite indicators and lead organisation', async () => {
    const managed = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId, policy: { lumpSumBudget: false } });
    const [managedOfficer, managedPi] = [await ApiClient.signIn(t.app, managed.users.officer.username), await ApiClient.signIn(t.app, managed.users.pi.username)];
    const contract = await signContractViaApi(managedOfficer, managed.awardId);
    expect(contract.lumpSumBudget).toBe(false);

    const expense = await managedPi.expect(201, 'POST', `/api/contracts/${contract.id}/expenses`, { category: '测试化验加工费', description: '第三方检测', amountFen: yuan(80_000), incurredOn: '2026-06-01' });
    expect(expense.actions).toEqual([]);
    expect((await managedPi.post(`/api/expenses/${expense.id}/decide`, { decision: 'approve' })).status).toBe(403);
    expect(await managedOfficer.expect(200, 'POST', `/api/expenses/${expense.id}/decide`, { decision: 'reject', note: '超出预算科目' })).toMatchObject({ status: 'rejected' });

    const budget = await managedPi.expect(201, 'POST', `/api/contracts/${contract.id}/change-requests`, { kind: 'budget_adjustment', summary: '设备费调入材料费' });
    expect(budget).toMatchObject({ status: 'pending_approval', needsApproval: true });

    const newIndicators = sampleIndicators().slice(0, 2).map((indicator, index) => ({ ...indicator, weightBp: index === 0 ? 6000 : 4000 }));
    const goals = await managedPi.expect(201, 'POST', `/api/contracts/${contract.id}/change-requests`, { kind: 'goal_indicator_change', summary: '取消成本指标', details: { indicators: newIndicators } });
    await managedOfficer.expect(200, 'POST', `/api/change-requests/${goals.id}/decide`, { decision: 'approve', note: '同意' });
    const newLead = managed.memberOrgId;
    const lead = await managedPi.expect(201, 'POST', `/api/contracts/${contract.id}/change-requests`, { kind: 'lead_org_change', summary: '牵头单位调整为联合单位', details: { newLeadOrgId: newLead } });
    const rejected = await managedOfficer.expect(200, 'POST', `/api/change-requests/${lead.id}/decide`, { decision: 'reject', note: '牵头单位不得变更' });
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: '牵头单位不得变更' });
    const lead2 = await managedPi.expect(201, 'POST', `/api/contracts/${contract.id}/change-requests`, { kind: 'lead_org_change', summary: '再次申请', details: { newLeadOrgId: newLead } });
    await managedOfficer.expect(200, 'POST', `/api/change-requests/${lead2.id}/decide`, { decision: 'approve' });

    const after = await managedOfficer.expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(after.indicators.map((indicator: { key: string; weightBp: number }) => [indicator.key, indicator.weightBp])).toEqual([
      ['accuracy', 6000],
      ['latency', 4000],
    ]);
    expect(after.leadOrgId).toBe(newLead);
    // Filed at the same (test-clock) instant, so compare as a set.
    expect(after.changeRequests.map((request: { kind: string; status: string }) => [request.kind, request.status]).sort()).toEqual([
      ['budget_adjustment', 'pending_approval'],
      ['goal_indicator_change', 'approved'],
      ['lead_org_change', 'approved'],
      ['lead_org_change', 'rejected'],
    ].sort());
    expect(after.expenses).toEqual([expect.objectContaining({ status: 'rejected' })]);
  });

  it('answers 400 naming the tranche schedule fields', async () => {
    const other = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId });
    const otherOfficer = await ApiClient.signIn(t.app, other.users.officer.username);
    const contract = await otherOfficer.expect(201, 'POST', `/api/awards/${other.awardId}/contract`, {});
    expect((await officer.put(`/api/contracts/${contract.id}/terms`, sampleContractTerms())).status).toBe(404);
    const noSequence = await otherOfficer.put(`/api/contracts/${contract.id}/terms`, sampleContractTerms({ tranches: [{ shareBp: 5000, trigger: 'signing' }, { shareBp: 5000, trigger: 'milestone' }] }));
    expect(noSequence.status).toBe(400);
    expect(noSequence.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.tranches.1.milestoneSequence']);
    const unknownMilestone = await otherOfficer.put(`/api/contracts/${contract.id}/terms`, sampleContractTerms({ tranches: [{ shareBp: 10_000, trigger: 'milestone', milestoneSequence: 3 }] }));
    expect(unknownMilestone.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.tranches.0.milestoneSequence']);
    const badTotal = await otherOfficer.put(`/api/contracts/${contract.id}/terms`, sampleContractTerms({ tranches: [{ shareBp: 3000, trigger: 'signing' }, { shareBp: 3000, trigger: 'acceptance' }] }));
    expect(badTotal.body.error.issues).toEqual([expect.objectContaining({ path: 'body.tranches', message: expect.stringContaining('got 6000') })]);
    const outOfOrder = await otherOfficer.put(`/api/contracts/${contract.id}/terms`, sampleContractTerms({ milestones: [{ title: '二', dueDate: '2027-03-31' }, { title: '一', dueDate: '2026-09-30' }] }));
    expect(outOfOrder.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.milestones.1.dueDate']);
    // A value too large to split into exact shares is a bad contract value, named as such.
    const huge = await otherOfficer.put(`/api/contracts/${contract.id}/terms`, sampleContractTerms({ contractValueFen: Number.MAX_SAFE_INTEGER }));
    expect(huge.status).toBe(400);
    expect(huge.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.contractValueFen']);
    expect((await otherOfficer.expect(200, 'GET', `/api/contracts/${contract.id}`)).tranches).toEqual([]);
  });

  it('offers approving a pending change request only while the contract is active', async () => {
    const other = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId });
    const [otherOfficer, otherPi] = [await ApiClient.signIn(t.app, other.users.officer.username), await ApiClient.signIn(t.app, other.users.pi.username)];
    const contract = await signContractViaApi(otherOfficer, other.awardId, singleTrancheTerms());
    const request = await otherPi.expect(201, 'POST', `/api/contracts/${contract.id}/change-requests`, { kind: 'extension', summary: '申请延期三个月' });
    expect((await otherOfficer.expect(200, 'GET', `/api/change-requests/${request.id}`)).actions).toEqual(['approve', 'reject']);
    await otherPi.expect(201, 'POST', `/api/contracts/${contract.id}/acceptance`, {});
    const pending = await otherOfficer.expect(200, 'GET', `/api/change-requests/${request.id}`);
    expect(pending).toMatchObject({ status: 'pending_approval', actions: ['reject'] });
    expect((await otherOfficer.expect(200, 'GET', `/api/contracts/${contract.id}`)).changeRequests[0].actions).toEqual(['reject']);
    const refused = await otherOfficer.post(`/api/change-requests/${request.id}/decide`, { decision: 'approve' });
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'change_request.contract_not_active' });
    expect(await otherOfficer.expect(200, 'POST', `/api/change-requests/${request.id}/decide`, { decision: 'reject', note: '已进入验收' })).toMatchObject({ status: 'rejected', actions: [] });
  });
});
