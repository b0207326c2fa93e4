import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptViaApi, ApiClient, createAwardedBidCase, createTenant, openTestApp, sampleContractTerms, signContractViaApi, singleTrancheTerms, type TestApp } from '@jiebang/test-kit';

describe('failure tolerance API: diligence review and integrity records', () => {
  let t: TestApp;
  let tenantId: string;

  beforeAll(async () => {
    t = await openTestApp();
    tenantId = await createTenant(t.deps, { name: '宁波市科学技术局' });
  });
  afterAll(() => t.close());

  const cast = async () => {
    const c = await createAwardedBidCase(t.deps, { tenantId, preset: 'ningbo_rd_input' });
    const [officer, pi, auditor, leadStaff] = await Promise.all([c.users.officer, c.users.pi, c.users.auditor, c.users.leadStaff].map((user) => ApiClient.signIn(t.app, user.username)));
    return { c, officer: officer as ApiClient, pi: pi as ApiClient, auditor: auditor as ApiClient, leadStaff: leadStaff as ApiClient };
  };

  it('a failed acceptance judged a diligent failure leaves no integrity record', async () => {
    const { c, officer, pi, auditor } = await cast();
    const contract = await signContractViaApi(officer, c.awardId, singleTrancheTerms());
    const early = await officer.post(`/api/contracts/${contract.id}/failure-review`, {});
    expect(early.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'failure_review.contract_not_failed' });

    const acceptance = await acceptViaApi({ pi, officer }, contract.id, { accuracy: 90.2, latency: 45, cost: 55 }, { summary: '识别准确率未达门槛值，验收不通过。' });
    expect(acceptance.outcome).toBe('failed');
    const failed = await officer.expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(failed).toMatchObject({ status: 'failed', actions: ['open_failure_review'] });

    expect((await pi.post(`/api/contracts/${contract.id}/failure-review`, {})).status).toBe(403);
    const review = await officer.expect(201, 'POST', `/api/contracts/${contract.id}/failure-review`, {});
    expect(review).toMatchObject({ status: 'open', finding: null, actions: ['decide'], integrityRecords: [] });
    expect((await officer.post(`/api/contracts/${contract.id}/failure-review`, {})).body.error.code).toBe('DUPLICATE');
    expect((await pi.expect(200, 'GET', `/api/failure-reviews/${review.id}`)).actions).toEqual([]);
    expect((await pi.post(`/api/failure-reviews/${review.id}/decide`, { finding: 'diligent_failure', reasoning: '自评' })).status).toBe(403);
    const bad = await officer.post(`/api/failure-reviews/${review.id}/decide`, { finding: 'bad_luck', reasoning: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['body.finding', 'body.reasoning']));

    const decided = await officer.expect(200, 'POST', `/api/failure-reviews/${review.id}/decide`, { finding: 'diligent_failure', reasoning: '科研记录完整，经费使用合规，失败源于技术路线的客观不确定性。' });
    expect(decided).toMatchObject({ status: 'decided', finding: 'diligent_failure', integrityRecords: [], actions: [] });
    expect(decided.timeline.map((entry: { type: string }) => entry.type)).toEqual(['failure_review.opened', 'failure_review.decide']);
    expect((await officer.post(`/api/failure-reviews/${review.id}/decide`, { finding: 'misconduct', reasoning: '改判' })).body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'failure_review.decide' });

    expect((await auditor.expect(200, 'GET', `/api/integrity-records?organisationId=${c.leadOrgId}`)).items).toEqual([]);
    expect((await officer.expect(200, 'GET', `/api/integrity-records?userId=${c.users.pi.id}`)).items).toEqual([]);
    expect(await t.deps.db.selectFrom('integrity_record').select('id').where('source_id', '=', review.id).execute()).toEqual([]);
    const told = await t.deps.db.selectFrom('notification').select(['kind', 'body']).where('organisation_id', '=', c.leadOrgId).where('kind', 'like', 'failure_review.%').execute();
    expect(told).toEqual([{ kind: 'failure_review.diligent_failure', body: expect.stringContaining('免责') }]);
  });

  it('a project terminated at a milestone and judged misconduct records the lead organisation and the PI for three years', async () => {
    const { c, officer, pi, auditor, leadStaff } = await cast();
    const contract = await signContractViaApi(officer, c.awardId, sampleContractTerms());
    const [m1] = contract.milestones;
    await pi.expect(200, 'POST', `/api/milestones/${m1.id}/report`, { report: '样机测试数据。' });
    const terminated = await officer.expect(200, 'POST', `/api/milestones/${m1.id}/review`, { decision: 'terminate', opinion: '核查发现测试数据系伪造，终止项目。' });
    expect(terminated.status).toBe('terminated');
    const view = await officer.expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(view.status).toBe('terminated');
    expect(view.tranches.map((tranche: { status: string }) => tranche.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(view.timeline.at(-1)).toMatchObject({ type: 'contract.terminate' });
    const unpaid = await officer.post(`/api/tranches/${view.tranches[0].id}/pay`, {});
    expect(unpaid.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'tranche.pay' });
    expect((await pi.post(`/api/milestones/${view.milestones[1].id}/report`, { report: '继续' })).body.error.rule).toBe('milestone.contract_not_active');

    const review = await officer.expect(201, 'POST', `/api/contracts/${contract.id}/failure-review`, {});
    const decided = await officer.expect(200, 'POST', `/api/failure-reviews/${review.id}/decide`, { finding: 'misconduct', reasoning: '伪造测试数据，属科研失信行为。' });
    expect(decided.finding).toBe('misconduct');
    expect(decided.integrityRecords).toHaveLength(2);
    const now = t.clock.now();
    const threeYears = new Date(now);
    threeYears.setUTCFullYear(now.getUTCFullYear() + 3);
    for (const record of decided.integrityRecords) {
      expect(record).toMatchObject({ severity: 'misconduct', sourceKind: 'failure_review', sourceId: review.id, effectiveFrom: now.toISOString(), effectiveUntil: threeYears.toISOString(), active: true });
    }
    expect(decided.integrityRecords.map((record: { organisationId: string | null; userId: string | null }) => [record.organisationId, record.userId]).sort()).toEqual(
      [
        [c.leadOrgId, null],
        [null, c.users.pi.id],
      ].sort(),
    );

    const byOrg = await auditor.expect(200, 'GET', `/api/integrity-records?organisationId=${c.leadOrgId}`);
    expect(byOrg.items).toHaveLength(1);
    expect(byOrg.items[0]).toMatchObject({ organisationId: c.leadOrgId, organisationName: expect.stringContaining('揭榜牵头单位') });
    const byUser = await officer.expect(200, 'GET', `/api/integrity-records?userId=${c.users.pi.id}`);
    expect(byUser.items).toEqual([expect.objectContaining({ userId: c.users.pi.id, userName: c.users.pi.username, severity: 'misconduct' })]);
    expect((await leadStaff.get(`/api/integrity-records?organisationId=${c.leadOrgId}`)).status).toBe(403);
    expect((await new ApiClient(t.app).get('/api/integrity-records')).status).toBe(401);
    expect((await officer.get('/api/integrity-records?organisationId=not-a-uuid')).body.error.issues[0].path).toBe('querystring.organisationId');

    const audit = await t.deps.db.selectFrom('audit_event').select('type').where('type', '=', 'integrity_record.created').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    const told = await t.deps.db.selectFrom('notification').select('kind').where('organisation_id', '=', c.leadOrgId).where('kind', '=', 'failure_review.misconduct').execute();
    expect(told).toHaveLength(1);
  });
});
