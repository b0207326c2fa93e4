import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '@jiebang/domain';
import { ApiClient, createTenant, makeUscc, openTestApp, type TestApp } from '@jiebang/test-kit';

/** Public self-registration under the 宁波 tenant, and the organisation directory. */
describe('organisations API: registration, search, public profile', () => {
  let t: TestApp;
  let tenantId: string;
  const anonymous = () => new ApiClient(t.app);
  const uscc = makeUscc('330212', 7_001);

  beforeAll(async () => {
    t = await openTestApp();
    tenantId = await createTenant(t.deps, { code: 'ningbo-kjj', name: '宁波市科学技术局', regionCode: '330200' });
  });
  afterAll(() => t.close());

  const registration = (overrides: { organisation?: Record<string, unknown>; account?: Record<string, unknown> } = {}) => ({
    tenantCode: 'ningbo-kjj',
    organisation: { name: '宁波舜宇智能光学科技有限公司', nameEn: 'Ningbo Sunny Intelligent Optics Co., Ltd.', type: 'enterprise', uscc, regionCode: '330212', isLegalEntity: true, ...overrides.organisation },
    account: { username: 'sunny-admin', displayName: '周经理', password: 'Sunny#Optics2026', ...overrides.account },
  });

  it('registers an organisation with its first account, who can sign in as bidder, PI and demander', async () => {
    const registered = await anonymous().expect(201, 'POST', '/api/organisations/register', registration());
    expect(registered).toMatchObject({
      organisation: { name: '宁波舜宇智能光学科技有限公司', type: 'enterprise', regionCode: '330212', countryCode: 'CN', isLegalEntity: true },
      account: { username: 'sunny-admin', displayName: '周经理', roles: ['bidder_org', 'principal_investigator', 'demander'] },
    });
    const organisationId = registered.organisation.id;

    const staff = await ApiClient.signIn(t.app, 'sunny-admin', 'Sunny#Optics2026');
    const me = await staff.expect(200, 'GET', '/api/auth/me');
    expect(me.tenantId).toBe(tenantId);
    expect(me.grants.map((grant: { role: string; organisationId: string }) => [grant.role, grant.organisationId]).sort()).toEqual([
      ['bidder_org', organisationId],
      ['demander', organisationId],
      ['principal_investigator', organisationId],
    ]);

    const trail = await t.deps.db.selectFrom('audit_event').select(['type', 'actor_name', 'aggregate_type']).where('tenant_id', '=', tenantId).orderBy('seq').execute();
    expect(trail.slice(0, 2)).toEqual([
      { type: 'organisation.registered', actor_name: '周经理', aggregate_type: 'organisation' },
      { type: 'user.created', actor_name: '周经理', aggregate_type: 'user' },
    ]);

    // The public profile never shows staff; the organisation's own people see its trail.
    const profile = await anonymous().expect(200, 'GET', `/api/organisations/${organisationId}`);
    expect(Object.keys(profile).sort()).toEqual(['actions', 'countryCode', 'id', 'isLegalEntity', 'name', 'nameEn', 'regionCode', 'timeline', 'type']);
    expect(profile.timeline).toEqual([]);
    expect((await staff.expect(200, 'GET', `/api/organisations/${organisationId}`)).timeline.map((entry: { type: string }) => entry.type)).toEqual(['organisation.registered']);
  });

  it('registers a foreign organisation by country and registration number (英雄不论出处)', async () => {
    const registered = await anonymous().expect(201, 'POST', '/api/organisations/register', {
      tenantCode: 'ningbo-kjj',
      organisation: { name: 'Fraunhofer-Institut für Produktionstechnologie IPT', type: 'institute', countryCode: 'DE', foreignRegistrationNumber: 'VR 4461', isLegalEntity: true },
      account: { username: 'ipt-aachen', displayName: 'Dr. Weber', password: 'Aachen-Optics-2026' },
    });
    expect(registered.organisation).toMatchObject({ countryCode: 'DE', regionCode: null });
    const again = await anonymous().post('/api/organisations/register', {
      tenantCode: 'ningbo-kjj',
      organisation: { name: 'Fraunhofer IPT (duplicate)', type: 'institute', countryCode: 'DE', foreignRegistrationNumber: 'VR 4461', isLegalEntity: true },
      account: { username: 'ipt-second', displayName: 'Dr. Weber', password: 'Aachen-Optics-2026' },
    });
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE', issues: [{ path: 'body.organisation.foreignRegistrationNumber' }] });
  });

  it('answers 400 naming the field: USCC check character, missing foreign number, weak password, unknown tenant', async () => {
    const first17 = uscc.slice(0, 17);
    const wrongCheck = `${first17}${usccCheckCharacter(first17) === '0' ? '1' : '0'}`;
    const paths = async (body: unknown) => {
      const response = await anonymous().post('/api/organisations/register', body);
      expect(response.status).toBe(400);
      return response.body.error.issues.map((issue: { path: string }) => issue.path);
    };
    expect(await paths(registration({ organisation: { uscc: wrongCheck }, account: { username: 'check-char' } }))).toEqual(['body.organisation.uscc']);
    expect(await paths(registration({ organisation: { countryCode: 'JP', uscc: null }, account: { username: 'no-number' } }))).toEqual(['body.organisation.foreignRegistrationNumber']);
    expect(await paths(registration({ organisation: { uscc: makeUscc('330212', 7_002) }, account: { username: 'weak', password: 'password' } }))).toEqual(['body.account.password']);
    expect(await paths({ ...registration({ organisation: { uscc: makeUscc('330212', 7_003) }, account: { username: 'lost' } }), tenantCode: 'atlantis' })).toEqual(['body.tenantCode']);
    expect(await paths(registration({ organisation: { type: 'club', name: '' }, account: { username: 'x' } }))).toEqual(
      expect.arrayContaining(['body.organisation.type', 'body.organisation.name', 'body.account.username']),
    );
  });

  it('answers 409 DUPLICATE naming the USCC or the username', async () => {
    const sameUscc = await anonymous().post('/api/organisations/register', registration({ account: { username: 'another-user' } }));
    expect(sameUscc.status).toBe(409);
    expect(sameUscc.body.error).toMatchObject({ code: 'DUPLICATE', rule: 'organisation.duplicate_uscc', issues: [{ path: 'body.organisation.uscc' }] });
    const sameUser = await anonymous().post('/api/organisations/register', registration({ organisation: { uscc: makeUscc('330212', 7_004) } }));
    expect(sameUser.status).toBe(409);
    expect(sameUser.body.error).toMatchObject({ code: 'DUPLICATE', rule: 'user.duplicate_username', issues: [{ path: 'body.account.username' }] });
    // Nothing of the refused registrations was kept.
    expect(await t.deps.db.selectFrom('organisation').select('id').where('uscc', '=', makeUscc('330212', 7_004)).executeTakeFirst()).toBeUndefined();
  });

  it('searches organisations by name or USCC for signed-in users only, one page at a time', async () => {
    await anonymous().expect(201, 'POST', '/api/organisations/register', registration({ organisation: { name: '宁波舜宇光电信息有限公司', nameEn: null, uscc: makeUscc('330212', 7_010) }, account: { username: 'sunny-opto' } }));
    expect((await anonymous().get('/api/organisations?q=%E8%88%9C%E5%AE%87')).status).toBe(401);
    const staff = await ApiClient.signIn(t.app, 'sunny-admin', 'Sunny#Optics2026');
    const byName = await staff.expect(200, 'GET', `/api/organisations?q=${encodeURIComponent('舜宇')}&pageSize=1`);
    expect(byName).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(byName.items).toHaveLength(1);
    const byUscc = await staff.expect(200, 'GET', `/api/organisations?q=${uscc.slice(8, 16)}`);
    expect(byUscc.items).toEqual([expect.objectContaining({ name: '宁波舜宇智能光学科技有限公司', uscc })]);
    const unknown = await anonymous().get(`/api/organisations/${t.deps.newId()}`);
    expect(unknown.status).toBe(404);
  });

  it('lists an organisation’s people to its own staff only (403 for others, 401 for visitors, 404 unknown)', async () => {
    const staff = await ApiClient.signIn(t.app, 'sunny-admin', 'Sunny#Optics2026');
    const me = await staff.expect(200, 'GET', '/api/auth/me');
    const organisationId = me.grants[0].organisationId as string;
    const members = await staff.expect(200, 'GET', `/api/organisations/${organisationId}/members`);
    expect(members.items).toEqual([{ id: me.userId, displayName: '周经理', roles: ['bidder_org', 'demander', 'principal_investigator'] }]);
    const outsider = await ApiClient.signIn(t.app, 'sunny-opto', 'Sunny#Optics2026');
    expect((await outsider.get(`/api/organisations/${organisationId}/members`)).status).toBe(403);
    expect((await anonymous().get(`/api/organisations/${organisationId}/members`)).status).toBe(401);
    expect((await staff.get(`/api/organisations/${t.deps.newId()}/members`)).status).toBe(404);
  });
});
