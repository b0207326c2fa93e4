import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTenant, openTestApp, type TestApp } from '@jiebang/test-kit';

describe('tenants to register under: GET /api/tenants', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
    await createTenant(t.deps, { code: 'ningbo-kjj', name: '宁波市科学技术局', level: 'city', regionCode: '330200' });
    await createTenant(t.deps, { code: 'zj-kjt', name: '浙江省科学技术厅', level: 'province', regionCode: '330000' });
    await createTenant(t.deps, { code: 'geely', name: '吉利控股集团', level: 'enterprise', regionCode: '330100' });
  });
  afterAll(() => t.close());

  it('lists every tenant, offices before issuing units, without a session and without people', async () => {
    const { items } = await new ApiClient(t.app).expect(200, 'GET', '/api/tenants');
    expect(items).toEqual([
      { code: 'zj-kjt', name: '浙江省科学技术厅', level: 'province', regionCode: '330000' },
      { code: 'ningbo-kjj', name: '宁波市科学技术局', level: 'city', regionCode: '330200' },
      { code: 'geely', name: '吉利控股集团', level: 'enterprise', regionCode: '330100' },
    ]);
  });

  it('a listed code is one registration accepts, an unlisted one is refused at the field', async () => {
    const body = (tenantCode: string) => ({
      tenantCode,
      organisation: { name: '宁波示例光电有限公司', type: 'enterprise', uscc: '91350100M000100Y43', regionCode: '350100', isLegalEntity: true },
      account: { username: 'demo-optics', displayName: '张三', password: 'Sunny#Optics2026' },
    });
    const refused = await new ApiClient(t.app).post('/api/organisations/register', body('no-such-tenant'));
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toBe('body.tenantCode');
    await new ApiClient(t.app).expect(201, 'POST', '/api/organisations/register', body('ningbo-kjj'));
  });
});
