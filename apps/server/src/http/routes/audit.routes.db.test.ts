import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createOrganisation, createProgramme, createTenant, createUser, openTestApp, sampleIndicators, type TestApp } from '@jiebang/test-kit';
import { sql } from 'kysely';

describe('audit API (三员分立: audit_admin only)', () => {
  let t: TestApp;
  let nationalId: string;
  let cityId: string;
  let otherCityId: string;
  let needId: string;
  let auditor: ApiClient;
  let cityAuditor: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    nationalId = await createTenant(t.deps, { code: 'national', name: '国家揭榜挂帅云平台', level: 'national', regionCode: null });
    cityId = await createTenant(t.deps, { code: 'ningbo', name: '宁波市科学技术局', level: 'city' });
    otherCityId = await createTenant(t.deps, { code: 'shenyang', name: '沈阳市科学技术局', level: 'city', regionCode: '210100' });
    await t.deps.db.updateTable('tenant').set({ parent_id: nationalId }).where('id', 'in', [cityId, otherCityId]).execute();

    const programmeId = await createProgramme(t.deps, { tenantId: cityId });
    const demanderOrgId = await createOrganisation(t.deps, { tenantId: cityId, name: '宁波甬港新能源汽车部件有限公司' });
    await createUser(t.deps, { tenantId: cityId, username: 'demander', organisationId: demanderOrgId, grants: [{ role: 'demander', organisationId: demanderOrgId }] });
    await createUser(t.deps, { tenantId: cityId, username: 'officer', grants: [{ role: 'programme_owner' }] });
    await createUser(t.deps, { tenantId: nationalId, username: 'auditor', grants: [{ role: 'audit_admin' }] });
    await createUser(t.deps, { tenantId: cityId, username: 'city_auditor', grants: [{ role: 'audit_admin' }] });
    await createUser(t.deps, { tenantId: nationalId, username: 'sysadmin', grants: [{ role: 'sys_admin' }] });
    await createUser(t.deps, { tenantId: nationalId, username: 'secadmin', grants: [{ role: 'sec_admin' }] });

    const demander = await ApiClient.signIn(t.app, 'demander');
    const need = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, {
      demanderOrgId,
      title: '电驱壳体铸造缺陷在线视觉检测',
      category: 'key_core_technology',
      field: '智能制造',
      problemStatement: '人工目检漏检率高。',
      indicators: sampleIndicators(),
    });
    needId = need.id;
    t.clock.advanceDays(2);
    const again = await ApiClient.signIn(t.app, 'demander');
    await again.expect(200, 'POST', `/api/needs/${needId}/submit`, {});
    auditor = await ApiClient.signIn(t.app, 'auditor');
    cityAuditor = await ApiClient.signIn(t.app, 'city_auditor');
  });
  afterAll(() => t.close());

  it('lets the national audit administrator search every tenant, newest first, with the chain fields', async () => {
    const page = await auditor.expect(200, 'GET', '/api/audit-events?pageSize=100');
    const tenants = new Set(page.items.map((event: { tenantId: string }) => event.tenantId));
    expect(tenants).toEqual(new Set([cityId, nationalId]));
    expect(page.total).toBe(page.items.length);
    const times = page.items.map((event: { occurredAt: string }) => event.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.items[0]).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('filters by tenant, aggregate, type and time, and pages', async () => {
    const trail = await auditor.expect(200, 'GET', `/api/audit-events?tenantId=${cityId}&aggregateType=need&aggregateId=${needId}`);
    expect(trail.items.map((event: { type: string }) => event.type)).toEqual(['need.submit', 'need.created']);
    const submits = await auditor.expect(200, 'GET', `/api/audit-events?type=need.submit`);
    expect(submits.total).toBe(1);
    const before = await auditor.expect(200, 'GET', `/api/audit-events?aggregateId=${needId}&to=2026-03-03T00:00:00Z`);
    expect(before.items.map((event: { type: string }) => event.type)).toEqual(['need.created']);
    const after = await auditor.expect(200, 'GET', `/api/audit-events?aggregateId=${needId}&from=2026-03-03T00:00:00Z`);
    expect(after.items.map((event: { type: string }) => event.type)).toEqual(['need.submit']);
    const first = await auditor.expect(200, 'GET', `/api/audit-events?tenantId=${cityId}&pageSize=2&page=1`);
    const second = await auditor.expect(200, 'GET', `/api/audit-events?tenantId=${cityId}&pageSize=2&page=2`);
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThan(2);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('limits a city auditor to the city (403 for a tenant above it)', async () => {
    const page = await cityAuditor.expect(200, 'GET', '/api/audit-events?pageSize=100');
    expect(new Set(page.items.map((event: { tenantId: string }) => event.tenantId))).toEqual(new Set([cityId]));
    const refused = await cityAuditor.get(`/api/audit-events?tenantId=${nationalId}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'audit.read' });
  });

  it('refuses the system and security administrators and business users (403), and anonymous callers (401)', async () => {
    for (const username of ['sysadmin', 'secadmin', 'officer', 'demander']) {
      const client = await ApiClient.signIn(t.app, username);
      const list = await client.get('/api/audit-events');
      expect(list.status, username).toBe(403);
      expect((await client.get('/api/audit-events/verify')).status, username).toBe(403);
    }
    expect((await new ApiClient(t.app).get('/api/audit-events')).status).toBe(401);
  });

  it('answers 400 naming the bad query field, 404 for an unknown tenant', async () => {
    const bad = await auditor.get('/api/audit-events?tenantId=ningbo&pageSize=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['querystring.tenantId', 'querystring.pageSize']));
    expect((await auditor.get('/api/audit-events?from=yesterday')).status).toBe(400);
    expect((await auditor.get('/api/audit-events?tenantId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('verifies every chain, and finds the first altered event after tampering', async () => {
    const intact = await auditor.expect(200, 'GET', '/api/audit-events/verify');
    expect(intact.valid).toBe(true);
    expect(intact.chains.map((chain: { tenantCode: string }) => chain.tenantCode).sort()).toEqual(['national', 'ningbo', 'shenyang']);
    const city = intact.chains.find((chain: { tenantId: string }) => chain.tenantId === cityId);
    expect(city.events).toBeGreaterThan(2);

    const created = await t.deps.db.selectFrom('audit_event').select('seq').where('aggregate_id', '=', needId).where('type', '=', 'need.created').executeTakeFirstOrThrow();
    // The table is append-only by trigger; an attacker with DDL rights can still switch it off, which is what the chain is for.
    await sql`alter table audit_event disable trigger audit_event_no_update`.execute(t.deps.db);
    try {
      await sql`update audit_event set payload = ${JSON.stringify({ title: '篡改后的标题' })}::jsonb where aggregate_id = ${needId} and type = 'need.created'`.execute(t.deps.db);
    } finally {
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(t.deps.db);
    }
    const broken = await auditor.expect(200, 'GET', `/api/audit-events/verify?tenantId=${cityId}`);
    expect(broken.valid).toBe(false);
    expect(broken.chains).toEqual([expect.objectContaining({ tenantId: cityId, valid: false, brokenAtSeq: created.seq })]);
    const others = await auditor.expect(200, 'GET', `/api/audit-events/verify?tenantId=${nationalId}`);
    expect(others.valid).toBe(true);
  });
});
