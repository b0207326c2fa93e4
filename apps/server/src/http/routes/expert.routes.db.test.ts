import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { ApiClient, createEvaluationCast, createExpertProfile, createPanelRow, createPublishedChallenge, createTenant, createUser, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';

/** 专家库: the pool's list, applications, edits with history, self-service and declared relations. */
describe('expert pool API', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  let other: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const anonymous = () => new ApiClient(t.app);
  let tenantCode: string;
  const ids = (page: { items: { userId: string }[] }) => page.items.map((item) => item.userId).sort();

  const HEADERS = ['姓名', '用户名', '手机', '邮箱', '专家类别', '库别', '领域代码', '研究方向', '职称', '工作单位', '单位统一社会信用代码', '地区代码', '评审上限', '信用评分', '不可评审时段'];
  const xlsx = (rows: (string | number | null)[][]) => writeXlsxFile([HEADERS, ...rows]).toBuffer();
  /** The roster goes up as the browser sends it: the raw file as the body. */
  const upload = async (client: ApiClient, content: Buffer, dryRun: boolean) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/experts/import?dryRun=${dryRun}`, payload: content, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) } });
    return { status: response.statusCode, body: response.json() };
  };
  const countUsers = async () => Number((await t.deps.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  const application = (username: string, extra: Record<string, unknown> = {}) => ({
    tenantCode,
    username,
    password: 'Review#Expert2026',
    displayName: '钟晓岚',
    phone: '13900002222',
    panelRole: 'legal',
    fieldCodes: ['L72'],
    expertise: '知识产权与技术合同纠纷',
    organisationName: '浙江甬江律师事务所',
    regionCode: '330203',
    applicationNote: '曾任市科技项目评审专家三年',
    ...extra,
  });

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'ex-' });
    other = await createEvaluationCast(t.deps, { prefix: 'ex2-' });
    tenantCode = (await t.deps.db.selectFrom('tenant').select('code').where('id', '=', cast.tenantId).executeTakeFirstOrThrow()).code;
    // A major-pool finance expert elsewhere in the province, and a suspended one.
    const fin = await createUser(t.deps, { tenantId: cast.tenantId, username: 'ex-fin', displayName: '沈会计师', organisationId: null, grants: [{ role: 'expert_reviewer' }] });
    await createExpertProfile(t.deps, { userId: fin, tenantId: cast.tenantId, panelRole: 'finance', tier: 'major', fieldCodes: ['J67'], regionCode: '330100', organisationName: '杭州天衡会计师事务所' });
    const resting = await createUser(t.deps, { tenantId: cast.tenantId, username: 'ex-resting', displayName: '休整专家', organisationId: null, grants: [{ role: 'expert_reviewer' }] });
    await createExpertProfile(t.deps, { userId: resting, tenantId: cast.tenantId, status: 'suspended' });
    for (const key of ['officer', 'officer2', 'leadA', 'expert1', 'expert2'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
    as.otherOfficer = await ApiClient.signIn(t.app, other.username('officer2'));
  });
  afterAll(() => t.close());

  it('lists the pool with filters, loads and the caller’s actions, to officers only', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review' });
    await createPanelRow(t.deps, { challengeId, createdBy: cast.users.officer, experts: [{ userId: cast.users.expert1, panelRole: 'technical' }, { userId: cast.users.expert2, panelRole: 'industry', invitationStatus: 'declined' }] });

    const all = await as.officer2!.expect(200, 'GET', '/api/experts?pageSize=100');
    expect(all.total).toBe(7);
    const expert1 = all.items.find((item: { userId: string }) => item.userId === cast.users.expert1);
    expect(expert1).toMatchObject({ displayName: '刘教授', status: 'active', panelRole: 'technical', tier: 'general', fieldCodes: ['C36', 'C40'], organisationName: '宁波大学', currentLoad: 1, loadCap: 5, actions: ['view', 'edit', 'suspend', 'view_history'] });
    expect(all.items.find((item: { userId: string }) => item.userId === cast.users.expert2).currentLoad).toBe(0);

    const query = async (filter: string) => ids(await as.officer2!.expect(200, 'GET', `/api/experts?${filter}`));
    expect(await query('panelRole=finance')).toHaveLength(2);
    expect(await query('tier=major')).toHaveLength(1);
    expect(await query('fieldCode=c40')).toEqual([cast.users.expert1, cast.users.expertConflicted].sort());
    expect(await query('regionCode=330000')).toHaveLength(1);
    expect(await query('regionCode=330200')).toEqual([]);
    expect(await query(`q=${encodeURIComponent('宁波大学')}`)).toEqual([cast.users.expert1]);
    expect(await query('status=suspended')).toHaveLength(1);
    const page = await as.officer2!.expect(200, 'GET', '/api/experts?page=2&pageSize=5');
    expect([page.total, page.items.length]).toEqual([7, 2]);

    // A programme-scoped officer draws from the pool but does not manage it; other tenants see none of it.
    expect((await as.officer!.expect(200, 'GET', '/api/experts?pageSize=100')).items.every((item: { actions: string[] }) => item.actions.join() === 'view')).toBe(true);
    expect(ids(await as.otherOfficer!.expect(200, 'GET', '/api/experts?pageSize=100'))).not.toContain(cast.users.expert1);
    expect((await as.otherOfficer!.get(`/api/experts/${cast.users.expert1}`)).status).toBe(404);
    expect((await as.leadA!.get('/api/experts')).status).toBe(403);
    expect((await as.expert1!.get('/api/experts')).body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'expert_profile.list' });
    expect((await anonymous().get('/api/experts')).status).toBe(401);
    expect((await as.officer2!.get('/api/experts?fieldCode=Z99')).body.error.issues[0].path).toBe('querystring.fieldCode');
  });

  it('takes a self-registration as a pending application the office approves, after which the expert may review', async () => {
    expect((await anonymous().post('/api/expert-registrations', application('zhong_xl', { password: 'weakpass' }))).body.error.issues).toEqual([{ path: 'body.password', message: expect.stringContaining('three of') }]);
    expect((await anonymous().post('/api/expert-registrations', application('zhong_xl', { phone: null }))).body.error.issues[0].path).toBe('body.phone');
    expect((await anonymous().post('/api/expert-registrations', application('zhong_xl', { tenantCode: 'nowhere' }))).body.error.issues[0].path).toBe('body.tenantCode');
    expect((await anonymous().post('/api/expert-registrations', application(cast.username('leadA')))).body.error).toMatchObject({ code: 'DUPLICATE', issues: [{ path: 'body.username' }] });

    expect((await anonymous().expect(200, 'GET', '/api/expert-fields')).items).toContainEqual(expect.objectContaining({ code: 'L72', label: '商务服务业' }));
    const registered = await anonymous().expect(201, 'POST', '/api/expert-registrations', application('zhong_xl'));
    expect(registered).toMatchObject({ username: 'zhong_xl', status: 'pending', tenantName: '宁波市科学技术局' });
    const applicant = await ApiClient.signIn(t.app, 'zhong_xl', 'Review#Expert2026');
    expect(await applicant.expect(200, 'GET', '/api/experts/me')).toMatchObject({ status: 'pending', panelRole: 'legal', actions: ['view', 'edit_own', 'declare_relation'] });
    // No grant yet: the expert pages (nav, scoring) are not the applicant's.
    expect((await applicant.expect(200, 'GET', '/api/auth/me')).grants).toEqual([]);

    const pending = await as.officer2!.expect(200, 'GET', '/api/experts?status=pending');
    expect(pending.items).toEqual([expect.objectContaining({ userId: registered.userId, applicationNote: '曾任市科技项目评审专家三年', actions: ['view', 'edit', 'approve', 'reject', 'view_history'] })]);
    expect((await as.officer!.post(`/api/experts/${registered.userId}/approve`, {})).body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'expert_profile.approve' });
    expect((await as.officer2!.post(`/api/experts/${registered.userId}/approve`, { version: 99 })).body.error.code).toBe('STALE_VERSION');

    const approved = await as.officer2!.expect(200, 'POST', `/api/experts/${registered.userId}/approve`, {});
    expect(approved).toMatchObject({ status: 'active', version: 2 });
    const grants = await t.deps.db.selectFrom('role_grant').select(['role', 'tenant_id']).where('user_id', '=', registered.userId).execute();
    expect(grants).toEqual([{ role: 'expert_reviewer', tenant_id: cast.tenantId }]);
    const admitted = await ApiClient.signIn(t.app, 'zhong_xl', 'Review#Expert2026');
    expect((await admitted.expect(200, 'GET', '/api/auth/me')).grants).toEqual([expect.objectContaining({ role: 'expert_reviewer', tenantId: cast.tenantId })]);
    expect(await admitted.expect(200, 'GET', '/api/experts/me/assignments')).toEqual({ items: [] });
    expect((await as.officer2!.post(`/api/experts/${registered.userId}/approve`, {})).body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'expert_profile.approve' });
  });

  it('rejects an application only with a reason, which the applicant sees; no grant follows', async () => {
    const registered = await anonymous().expect(201, 'POST', '/api/expert-registrations', application('tang_rejected', { displayName: '唐某', email: 'tang@example.com', phone: null }));
    expect((await as.officer2!.post(`/api/experts/${registered.userId}/reject`, { reason: ' ' })).body.error.issues[0].path).toBe('body.reason');
    expect(await as.officer2!.expect(200, 'POST', `/api/experts/${registered.userId}/reject`, { reason: '从事评审工作不满三年' })).toMatchObject({ status: 'rejected', rejectionReason: '从事评审工作不满三年', actions: ['view', 'view_history'] });
    const applicant = await ApiClient.signIn(t.app, 'tang_rejected', 'Review#Expert2026');
    expect(await applicant.expect(200, 'GET', '/api/experts/me')).toMatchObject({ status: 'rejected', rejectionReason: '从事评审工作不满三年', actions: ['view'] });
    expect(await t.deps.db.selectFrom('role_grant').select('id').where('user_id', '=', registered.userId).execute()).toEqual([]);
  });

  it('audits every edit with before/after values and shows them as the profile’s history', async () => {
    const path = `/api/experts/${cast.users.expert2}`;
    const before = await as.officer2!.expect(200, 'GET', path);
    expect((await as.officer2!.patch(path, { fieldCodes: ['C34', 'X01'] })).body.error.issues[0].path).toBe('body.fieldCodes.1');
    expect((await as.officer!.patch(path, { rating: 50 })).body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'expert_profile.edit' });
    const edited = await as.officer2!.expect(200, 'PATCH', path, { version: before.version, rating: 92, loadCap: 3, tier: 'major', expertise: before.expertise, organisationId: cast.orgs.expertUnit });
    expect(edited).toMatchObject({ rating: 92, loadCap: 3, tier: 'major', organisationName: '宁波大学', version: before.version + 1 });
    expect((await as.officer2!.patch(path, { version: before.version, rating: 10 })).body.error.code).toBe('STALE_VERSION');
    await as.officer2!.expect(200, 'POST', `${path}/suspend`, { reason: '年度考评不合格' });
    await as.officer2!.expect(200, 'POST', `${path}/reactivate`, {});

    const history = await as.officer2!.expect(200, 'GET', `${path}/history`);
    expect(history.items.map((entry: { type: string }) => entry.type)).toEqual(['expert_profile.updated', 'expert_profile.suspend', 'expert_profile.reactivate']);
    expect(history.items[0]).toMatchObject({ actorName: '李科长', reason: null });
    expect(history.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'tier', from: 'general', to: 'major' },
        { field: 'organisationId', from: null, to: cast.orgs.expertUnit },
        { field: 'organisationName', from: '', to: '宁波大学' },
        { field: 'loadCap', from: 5, to: 3 },
        { field: 'rating', from: 80, to: 92 },
      ]),
    );
    expect(history.items[0].changes).toHaveLength(5);
    expect(history.items[1]).toMatchObject({ changes: [{ field: 'status', from: 'active', to: 'suspended' }], reason: '年度考评不合格' });
    expect((await as.officer!.get(`${path}/history`)).body.error.rule).toBe('expert_profile.view_history');
    expect((await as.expert2!.get(`${path}/history`)).status).toBe(403);
  });

  it('lets the expert keep their own fields, but not tier, load cap or rating', async () => {
    const mine = await as.expert1!.expect(200, 'GET', '/api/experts/me');
    const updated = await as.expert1!.expect(200, 'PATCH', '/api/experts/me', { version: mine.version, expertise: '压铸件缺陷机器视觉检测', unavailable: [{ from: '2026-12-01', to: '2026-12-10' }], phone: '13700001234' });
    expect(updated).toMatchObject({ expertise: '压铸件缺陷机器视觉检测', unavailable: [{ from: '2026-12-01', to: '2026-12-10' }], phone: '13700001234' });
    for (const body of [{ tier: 'major' }, { loadCap: 50 }, { rating: 100, expertise: '顺带改评分' }]) {
      expect((await as.expert1!.patch('/api/experts/me', body)).body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'expert_profile.edit' });
    }
    expect((await as.expert1!.patch(`/api/experts/${cast.users.expert1}`, { loadCap: 50 })).status).toBe(403);
    expect((await as.expert1!.patch('/api/experts/me', { unavailable: [{ from: '2026-12-10', to: '2026-12-01' }] })).body.error.issues[0].path).toBe('body.unavailable.0.to');
    expect(await as.expert1!.expect(200, 'GET', '/api/experts/me')).toMatchObject({ tier: 'general', loadCap: 5, rating: 80, expertise: '压铸件缺陷机器视觉检测' });
    expect((await as.expert1!.get(`/api/experts/${cast.users.expert2}`)).status).toBe(404);
    const history = await as.officer2!.expect(200, 'GET', `/api/experts/${cast.users.expert1}/history`);
    expect(history.items.at(-1)).toMatchObject({ actorName: '刘教授', changes: expect.arrayContaining([{ field: 'phone', from: null, to: '13700001234' }]) });
  });

  it('keeps the relations the expert declares, shows them to the pool’s officers, and audits each change', async () => {
    expect((await as.expert1!.post('/api/experts/me/relations', { kind: 'relative' })).body.error.issues[0].path).toBe('body.personName');
    const relation = await as.expert1!.expect(201, 'POST', '/api/experts/me/relations', { kind: 'collaboration', organisationId: cast.orgs.leadB, year: 2025, note: '联合申报省重点研发项目' });
    expect(relation).toMatchObject({ kind: 'collaboration', organisationName: '宁波视界智能装备有限公司', year: 2025 });
    await as.expert1!.expect(201, 'POST', '/api/experts/me/relations', { kind: 'relative', personName: '刘敏', note: '配偶' });
    expect((await as.expert1!.expect(200, 'GET', '/api/experts/me/relations')).items).toHaveLength(2);
    expect((await as.officer2!.expect(200, 'GET', `/api/experts/${cast.users.expert1}`)).relations.map((item: { kind: string }) => item.kind).sort()).toEqual(['collaboration', 'relative']);
    expect((await as.expert2!.request('DELETE', `/api/experts/me/relations/${relation.id}`)).status).toBe(404);
    expect((await as.expert1!.request('DELETE', `/api/experts/me/relations/${relation.id}`)).status).toBe(204);
    expect((await as.expert1!.expect(200, 'GET', '/api/experts/me/relations')).items.map((item: { kind: string }) => item.kind)).toEqual(['relative']);
    const events = await t.deps.db.selectFrom('audit_event').select('type').where('aggregate_id', '=', relation.id).orderBy('seq').execute();
    expect(events.map((event) => event.type)).toEqual(['expert_relation.declared', 'expert_relation.removed']);
    expect((await as.leadA!.get('/api/experts/me/relations')).status).toBe(404);
  });

  it('lets a pool officer enter an expert directly, with or without an initial password', async () => {
    const body = { username: 'ex-direct', displayName: '方正', panelRole: 'industry', fieldCodes: ['C35'], regionCode: '330212', initialPassword: 'Direct#Expert2026' };
    expect((await as.officer2!.post('/api/experts', { ...body, initialPassword: 'short' })).body.error.issues[0].path).toBe('body.initialPassword');
    expect((await as.officer!.post('/api/experts', body)).body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'expert_profile.create' });
    const created = await as.officer2!.expect(201, 'POST', '/api/experts', body);
    expect(created).toMatchObject({ status: 'active', username: 'ex-direct', panelRole: 'industry', tenantId: cast.tenantId, loadCap: 5, rating: 80 });
    await ApiClient.signIn(t.app, 'ex-direct', 'Direct#Expert2026');
    expect((await as.officer2!.post('/api/experts', body)).body.error).toMatchObject({ code: 'DUPLICATE', issues: [{ path: 'body.username' }] });
    const quiet = await as.officer2!.expect(201, 'POST', '/api/experts', { ...body, username: 'ex-nopass', initialPassword: undefined });
    expect((await anonymous().post('/api/auth/sign-in', { username: 'ex-nopass', password: 'Direct#Expert2026' })).status).toBe(401);
    const trail = await t.deps.db.selectFrom('audit_event').select('type').where('aggregate_id', '=', quiet.userId).where('type', '!=', 'user.sign_in_failed').orderBy('seq').execute();
    expect(trail.map((event) => event.type)).toEqual(['user.created', 'expert_profile.created']);
  });

  it('imports a roster all or nothing: a dry run reports, a commit saves every row, linking units by USCC', async () => {
    const uscc = (await t.deps.db.selectFrom('organisation').select('uscc').where('id', '=', cast.orgs.leadC).executeTakeFirstOrThrow()).uscc!;
    const file = await xlsx([
      ['蒋文博', 'ex-imp-jiang', '13600001111', null, '技术', '重大', 'C39；I65', '集成电路设计与EDA', '研究员', null, uscc, '330100', 4, 88, '2026-12-01~2026-12-10'],
      ['邱思远', 'ex-imp-qiu', null, 'qiu@example.com', '法律', null, 'L72', '技术合同与知识产权', '律师', '浙江天册律师事务所', null, null, null, null, null],
    ]);
    const before = await countUsers();
    expect(await upload(as.officer2!, file, true)).toMatchObject({ status: 200, body: { dryRun: true, rowCount: 2, created: 0, errors: [] } });
    expect(await countUsers()).toBe(before);
    const committed = await upload(as.officer2!, file, false);
    expect(committed.body).toMatchObject({ dryRun: false, created: 2, errors: [], passwordNotice: expect.stringContaining('no usable password') });
    const jiang = await as.officer2!.expect(200, 'GET', `/api/experts/${committed.body.experts[0].userId}`);
    expect(jiang).toMatchObject({ status: 'active', panelRole: 'technical', tier: 'major', fieldCodes: ['C39', 'I65'], organisationId: cast.orgs.leadC, organisationName: '杭州云眸科技有限公司', loadCap: 4, rating: 88, unavailable: [{ from: '2026-12-01', to: '2026-12-10' }] });
    expect(await as.officer2!.expect(200, 'GET', `/api/experts/${committed.body.experts[1].userId}`)).toMatchObject({ panelRole: 'legal', tier: 'general', loadCap: 5, rating: 80, organisationId: null, organisationName: '浙江天册律师事务所' });
    expect(await t.deps.db.selectFrom('role_grant').select('role').where('user_id', '=', jiang.userId).execute()).toEqual([{ role: 'expert_reviewer' }]);
    expect((await anonymous().post('/api/auth/sign-in', { username: 'ex-imp-jiang', password: 'Jiebang#2026' })).status).toBe(401);
    // The same file again: every username is now taken, nothing more is saved.
    expect((await upload(as.officer2!, file, false)).body.errors).toEqual([
      { row: 2, column: '用户名', field: 'username', message: 'is already taken on the platform' },
      { row: 3, column: '用户名', field: 'username', message: 'is already taken on the platform' },
    ]);
  });

  it('reports every bad row by row number and column and saves nothing from such a file', async () => {
    const file = await xlsx([
      ['合格专家', 'ex-imp-good', '13600002222', null, '产业', '一般', 'C34', null, null, null, null, null, null, null, null],
      ['', 'ex-imp-bad1', null, null, '医学', null, 'Z99', null, null, null, null, '3302', 150, null, null],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ['重名专家', cast.username('expert3'), null, null, '财务', '特级', 'J67', null, null, null, '91330200ABCDEFGH12', null, null, 'A+', '2026-12-10~2026-12-01'],
      ['重复行', 'ex-imp-good', null, null, '技术', null, 'C36', null, null, null, null, null, null, null, null],
    ]);
    const before = await countUsers();
    const result = await upload(as.officer2!, file, false);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ dryRun: false, rowCount: 4, created: 0, experts: [] });
    expect(result.body.errors.map((error: { row: number; column: string }) => `${error.row}:${error.column}`)).toEqual([
      '3:姓名',
      '3:专家类别',
      '3:领域代码',
      '3:评审上限',
      '3:地区代码',
      '5:库别',
      '5:单位统一社会信用代码',
      '5:信用评分',
      '5:不可评审时段',
      '5:用户名',
      '6:用户名',
    ]);
    expect(result.body.errors.at(-1)).toEqual({ row: 6, column: '用户名', field: 'username', message: 'repeats the username of row 2' });
    expect(await countUsers()).toBe(before);

    expect((await upload(as.officer2!, Buffer.from('姓名,用户名\n张三,zhangsan'), true)).body.error.issues).toEqual([{ path: 'body', message: expect.stringContaining('.xlsx') }]);
    expect((await upload(as.officer!, file, true)).body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'expert_profile.import' });
    expect((await upload(as.leadA!, file, true)).status).toBe(403);
  });

  it('hands out a template that imports cleanly', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/experts/import-template', headers: { authorization: `Bearer ${as.officer2!.token}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('专家导入模板.xlsx'));
    const template = response.rawPayload;
    expect(await upload(as.officer2!, template, true)).toMatchObject({ status: 200, body: { rowCount: 1, errors: [] } });
    expect((await upload(as.officer2!, template, false)).body.experts).toEqual([expect.objectContaining({ row: 2, username: 'zhang_mingyuan', displayName: '张明远' })]);
    expect((await as.expert1!.get('/api/experts/import-template')).status).toBe(403);
  });

  it('lists every expert an assignment run may draw: the active ones of the pools above the city too, never a sibling city’s', async () => {
    const national = await createTenant(t.deps, { level: 'national', name: '科学技术部', regionCode: null });
    await t.deps.db.updateTable('tenant').set({ parent_id: national }).where('id', 'in', [cast.tenantId, other.tenantId]).execute();
    const nationalExpert = async (username: string, status: 'active' | 'pending' | 'suspended') => {
      const userId = await createUser(t.deps, { tenantId: national, username, displayName: `国家库${username}`, organisationId: null, grants: status === 'pending' ? [] : [{ role: 'expert_reviewer' }] });
      await createExpertProfile(t.deps, { userId, tenantId: national, status, panelRole: 'technical', fieldCodes: ['C40'], organisationName: '清华大学' });
      return userId;
    };
    const [drawable, applicant, resting] = [await nationalExpert('nat-active', 'active'), await nationalExpert('nat-pending', 'pending'), await nationalExpert('nat-resting', 'suspended')];

    const listed = ids(await as.officer2!.expect(200, 'GET', '/api/experts?pageSize=100'));
    expect(listed).toContain(drawable);
    expect(listed).not.toContain(applicant);
    expect(listed).not.toContain(resting);
    expect(listed).not.toContain(other.users.expert1);
    // The list an officer picks from is the run's pool: the same experts, no more, no fewer.
    const runPool = await assignmentRepository.activeExperts(t.deps.db, await assignmentRepository.tenantAndAncestors(t.deps.db, cast.tenantId), cast.tenantId);
    expect(ids(await as.officer!.expect(200, 'GET', '/api/experts?status=active&pageSize=100'))).toEqual(runPool.map((expert) => expert.user_id).sort());

    // Filters apply to it like to the city's own; the applications view shows the city's applications, not the national office's.
    expect(ids(await as.officer2!.expect(200, 'GET', `/api/experts?q=${encodeURIComponent('清华')}&fieldCode=C40`))).toEqual([drawable]);
    expect(ids(await as.officer2!.expect(200, 'GET', '/api/experts?status=pending&pageSize=100'))).not.toContain(applicant);
    // The city may read the profile it may draw, not manage it (the national office does).
    expect((await as.officer2!.expect(200, 'GET', `/api/experts/${drawable}`)).actions).toEqual(['view']);
    expect((await as.officer2!.get(`/api/experts/${resting}`)).status).toBe(404);
    expect(ids(await as.otherOfficer!.expect(200, 'GET', '/api/experts?pageSize=100'))).toContain(drawable);
  });

  it('gives an officer who may only draw an expert what a draw needs: no login name, contact data, relations, note or history, and no managing', async () => {
    const drawable = await t.deps.db.selectFrom('app_user').select(['id', 'tenant_id']).where('username', '=', 'nat-active').executeTakeFirstOrThrow();
    await t.deps.db.updateTable('app_user').set({ phone: '13800001111', email: 'nat-active@example.com' }).where('id', '=', drawable.id).execute();
    await t.deps.db.updateTable('expert_profile').set({ application_note: '曾任国家重点研发计划评审专家' }).where('user_id', '=', drawable.id).execute();
    const self = await ApiClient.signIn(t.app, 'nat-active');
    await self.expect(201, 'POST', '/api/experts/me/relations', { kind: 'relative', personName: '王晓岚', note: '配偶' });
    await createUser(t.deps, { tenantId: drawable.tenant_id, username: 'nat-office', displayName: '国家库管理员', grants: [{ role: 'management_agency' }] });
    const owner = await ApiClient.signIn(t.app, 'nat-office');
    const personal = { personalData: true, username: 'nat-active', phone: '13800001111', email: 'nat-active@example.com', applicationNote: '曾任国家重点研发计划评审专家', relations: [expect.objectContaining({ kind: 'relative', personName: '王晓岚' })] };

    // The owning pool's officer and the expert themself get everything.
    const full = await owner.expect(200, 'GET', `/api/experts/${drawable.id}`);
    expect(full).toMatchObject(personal);
    expect(full.actions).toEqual(expect.arrayContaining(['edit', 'suspend', 'view_history']));
    expect((await owner.get(`/api/experts/${drawable.id}/history`)).status).toBe(200);
    expect(await self.expect(200, 'GET', '/api/experts/me')).toMatchObject(personal);

    // A city's tenant-wide officer and its officer of one programme draw from the national pool, and see it so.
    for (const city of [as.officer2!, as.officer!]) {
      const seen = await city.expect(200, 'GET', `/api/experts/${drawable.id}`);
      expect(seen).toMatchObject({ personalData: false, username: null, phone: null, email: null, relations: null, applicationNote: '', rejectionReason: null, actions: ['view'] });
      expect(seen).toMatchObject({ displayName: '国家库nat-active', organisationName: '清华大学', panelRole: 'technical', tier: 'general', fieldCodes: ['C40'], loadCap: 5, currentLoad: 0, rating: 80, unavailable: [] });
      for (const secret of ['13800001111', 'nat-active@example.com', '王晓岚', '国家重点研发计划']) expect(JSON.stringify(seen)).not.toContain(secret);
      const listed = (await city.expect(200, 'GET', `/api/experts?q=${encodeURIComponent('清华')}`)).items.find((item: { userId: string }) => item.userId === drawable.id);
      expect(listed.applicationNote).toBe('');
      expect((await city.get(`/api/experts/${drawable.id}/history`)).status).toBe(403);
      expect((await city.post(`/api/experts/${drawable.id}/suspend`, { reason: '暂停', version: seen.version })).status).toBe(403);
      expect((await city.patch(`/api/experts/${drawable.id}`, { rating: 10, version: seen.version })).status).toBe(403);
    }
    // An officer of one programme draws from the city's own pool too, without managing it.
    expect(await as.officer!.expect(200, 'GET', `/api/experts/${cast.users.expert1}`)).toMatchObject({ personalData: false, phone: null, relations: null });
    expect((await as.officer2!.expect(200, 'GET', `/api/experts/${cast.users.expert1}`)).personalData).toBe(true);
    expect((await owner.expect(200, 'GET', `/api/experts/${drawable.id}`)).status).toBe('active');
  });
});
