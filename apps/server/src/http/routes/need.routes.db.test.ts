import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createOrganisation, createProgramme, createTenant, createUser, openTestApp, sampleIndicators, type TestApp } from '@jiebang/test-kit';

describe('needs API: collection → screening → vetting → pool', () => {
  let t: TestApp;
  let demander: ApiClient;
  let officer: ApiClient;
  let stranger: ApiClient;
  let programmeId: string;
  let demanderOrgId: string;

  beforeAll(async () => {
    t = await openTestApp();
    const tenantId = await createTenant(t.deps, { name: '宁波市科技局' });
    programmeId = await createProgramme(t.deps, { tenantId });
    demanderOrgId = await createOrganisation(t.deps, { tenantId, name: '宁波某汽车零部件有限公司' });
    const otherOrgId = await createOrganisation(t.deps, { tenantId, name: '另一家企业' });
    await createUser(t.deps, { tenantId, username: 'demander', organisationId: demanderOrgId, grants: [{ role: 'demander', organisationId: demanderOrgId }] });
    await createUser(t.deps, { tenantId, username: 'officer', grants: [{ role: 'programme_owner', programmeId }] });
    await createUser(t.deps, { tenantId, username: 'stranger', organisationId: otherOrgId, grants: [{ role: 'demander', organisationId: otherOrgId }] });
    demander = await ApiClient.signIn(t.app, 'demander');
    officer = await ApiClient.signIn(t.app, 'officer');
    stranger = await ApiClient.signIn(t.app, 'stranger');
  });
  afterAll(() => t.close());

  const needBody = () => ({
    demanderOrgId,
    title: '新能源汽车电驱系统缺陷在线视觉检测',
    category: 'key_core_technology',
    field: '智能制造',
    problemStatement: '现有人工目检漏检率高，需要在线识别电驱壳体铸造缺陷。',
    indicators: sampleIndicators(),
    coFundingFen: 50_000_000,
  });

  it('carries a need from draft to the pool, with actions and a timeline at each step', async () => {
    const created = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, needBody());
    expect(created).toMatchObject({ status: 'draft', demanderOrgName: '宁波某汽车零部件有限公司', actions: ['edit', 'submit'] });

    const submitted = await demander.expect(200, 'POST', `/api/needs/${created.id}/submit`, { version: created.version });
    expect(submitted.status).toBe('submitted');
    expect(submitted.actions).toEqual([]);

    const asOfficer = await officer.expect(200, 'GET', `/api/needs/${created.id}`);
    expect(asOfficer.actions).toEqual(['start_screening', 'return', 'reject']);

    await officer.expect(200, 'POST', `/api/needs/${created.id}/start-screening`, {});
    await officer.expect(200, 'POST', `/api/needs/${created.id}/start-vetting`, {});
    const pooled = await officer.expect(200, 'POST', `/api/needs/${created.id}/pool`, { opinion: '问题真实，指标可考核，建议入库。' });
    expect(pooled).toMatchObject({ status: 'pooled', vettingOpinion: '问题真实，指标可考核，建议入库。' });
    expect(pooled.timeline.map((entry: { type: string }) => entry.type)).toEqual(['need.created', 'need.submit', 'need.start_screening', 'need.start_vetting', 'need.pool']);
  });

  it('offers demanders the create_need action on an active programme, officers not', async () => {
    const asDemander = await demander.expect(200, 'GET', `/api/programmes/${programmeId}`);
    expect(asDemander.actions).toEqual(['create_need']);
    const asOfficer = await officer.expect(200, 'GET', `/api/programmes/${programmeId}`);
    expect(asOfficer.actions).not.toContain('create_need');
  });

  it('refuses to pool a basic-research need (409 RULE_VIOLATION)', async () => {
    const created = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, { ...needBody(), isBasicResearch: true });
    await demander.expect(200, 'POST', `/api/needs/${created.id}/submit`, {});
    await officer.expect(200, 'POST', `/api/needs/${created.id}/start-screening`, {});
    await officer.expect(200, 'POST', `/api/needs/${created.id}/start-vetting`, {});
    const refused = await officer.post(`/api/needs/${created.id}/pool`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'need.basic_research_boundary' });
  });

  it('answers 409 FORBIDDEN_TRANSITION for an edge the table lacks, 409 STALE_VERSION for an old version', async () => {
    const created = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, needBody());
    const early = await officer.post(`/api/needs/${created.id}/pool`, {});
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'need.pool' });

    const edited = await demander.expect(200, 'PATCH', `/api/needs/${created.id}`, { title: '修改后的标题', version: created.version });
    expect(edited).toMatchObject({ title: '修改后的标题', coFundingFen: 50_000_000, field: '智能制造' });
    const stale = await demander.post(`/api/needs/${created.id}/submit`, { version: created.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
  });

  it('answers 403 when a demander acts for another organisation or a demander tries an officer step', async () => {
    const foreign = await stranger.post(`/api/programmes/${programmeId}/needs`, needBody());
    expect(foreign.status).toBe(403);
    const created = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, needBody());
    await demander.expect(200, 'POST', `/api/needs/${created.id}/submit`, {});
    const selfScreen = await demander.post(`/api/needs/${created.id}/start-screening`, {});
    expect(selfScreen.status).toBe(403);
    expect(selfScreen.body.error.code).toBe('FORBIDDEN');
    // Another demander cannot even see it.
    expect((await stranger.get(`/api/needs/${created.id}`)).status).toBe(404);
  });

  it('answers 400 naming each failing field', async () => {
    const bad = await demander.post(`/api/programmes/${programmeId}/needs`, { ...needBody(), title: '', category: 'alchemy', indicators: [{ ...sampleIndicators()[0], weightBp: 20_000 }] });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.category', 'body.indicators.0.weightBp']));
  });

  it('answers 400, not 500, for a NUL character anywhere and for a version beyond the column', async () => {
    const nulTitle = await demander.post(`/api/programmes/${programmeId}/needs`, { ...needBody(), title: 'a\u0000b' });
    expect(nulTitle.status).toBe(400);
    expect(nulTitle.body.error.issues).toEqual([{ path: 'body.title', message: 'must not contain the NUL character (U+0000)' }]);
    const nulIndicator = await demander.post(`/api/programmes/${programmeId}/needs`, { ...needBody(), indicators: [{ ...sampleIndicators()[0], name: '\u0000' }] });
    expect(nulIndicator.body.error.issues[0].path).toBe('body.indicators.0.name');
    const nulSignIn = await new ApiClient(t.app).post('/api/auth/sign-in', { username: 'demander\u0000', password: 'x' });
    expect(nulSignIn.status).toBe(400);
    const nulQuery = await new ApiClient(t.app).get('/api/challenges?q=%00');
    expect(nulQuery.body.error.issues[0].path).toBe('querystring.q');
    const created = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, needBody());
    const hugeVersion = await demander.post(`/api/needs/${created.id}/submit`, { version: 3_000_000_000 });
    expect(hugeVersion.status).toBe(400);
    expect(hugeVersion.body.error.issues[0].path).toBe('body.version');
  });

  it('hides a draft programme from demanders (404), while its officer sees its needs', async () => {
    const tenantId = (await t.deps.db.selectFrom('programme').select('tenant_id').where('id', '=', programmeId).executeTakeFirstOrThrow()).tenant_id;
    const draftId = await createProgramme(t.deps, { tenantId, status: 'draft' });
    expect((await demander.post(`/api/programmes/${draftId}/needs`, needBody())).status).toBe(404);
    expect((await demander.get(`/api/programmes/${draftId}/needs`)).status).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.post(`/api/programmes/${programmeId}/needs`, needBody())).status).toBe(401);
  });
});
