import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import RegisterRoute from './register';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const TENANTS = {
  items: [
    { code: 'zj-kjt', name: '浙江省科学技术厅', level: 'province', regionCode: '330000' },
    { code: 'ningbo', name: '宁波市科学技术局', level: 'city', regionCode: '330200' },
  ],
};
/** The tenant list for GET /api/tenants, `other` for anything else. */
const withTenants = (other: (url: URL) => { status?: number; body: unknown }) => (url: URL) => (url.pathname === '/api/tenants' ? { body: TENANTS } : other(url));

describe('organisation registration', () => {
  it('checks the USCC check character as it is typed and fills the region from it', async () => {
    vi.stubGlobal('fetch', mockFetch(withTenants(() => ({ body: {} }))).fetchMock);
    renderPage(<RegisterRoute />, { route: '/register' });
    type('统一社会信用代码', '91350100m000100y44');
    expect(await screen.findByText('校验码不正确（第 18 位应为 3）')).toBeTruthy();
    type('统一社会信用代码', '91350100M000100Y43');
    expect(await screen.findByText('校验通过')).toBeTruthy();
    expect((screen.getByLabelText('行政区划代码') as HTMLInputElement).value).toBe('350100');
    type('统一社会信用代码', '9135');
    expect(await screen.findByText('须为 18 位（已输入 4 位）')).toBeTruthy();
  });

  it('shows the password rule as it is met', async () => {
    vi.stubGlobal('fetch', mockFetch(withTenants(() => ({ body: {} }))).fetchMock);
    renderPage(<RegisterRoute />, { route: '/register' });
    type('密码', 'abc');
    expect(screen.getByText('至少 8 位').closest('li')?.className).toBe('rule-pending');
    type('密码', 'Sunny#Optics2026');
    await waitFor(() => expect(screen.getByText('至少 8 位').closest('li')?.className).toBe('rule-ok'));
    expect(screen.getByText('包含大写字母、小写字母、数字、符号中的至少三类').closest('li')?.className).toBe('rule-ok');
  });

  it('asks a foreign organisation for country and registration number, and shows server errors at the fields', async () => {
    const { fetchMock, urls } = mockFetch(withTenants(() => ({
      status: 409,
      body: { error: { code: 'DUPLICATE', message: 'body.account.username: is already taken', issues: [{ path: 'body.account.username', message: 'is already taken' }, { path: 'body.organisation.foreignRegistrationNumber', message: 'an organisation with this registration number is already registered in that country' }] } },
    })));
    const fetchSpy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', fetchSpy);
    renderPage(<RegisterRoute />, { route: '/register?tenant=ningbo' });
    expect(await screen.findByTitle('宁波市科学技术局（ningbo）')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '境外单位' }));
    await waitFor(() => expect(screen.queryByLabelText('统一社会信用代码')).toBeNull());
    type('单位名称', 'Fraunhofer IPT');
    type('国家或地区代码', 'de');
    type('当地注册号', 'VR 4461');
    type('用户名', 'ipt-aachen');
    type('姓名', 'Dr. Weber');
    type('密码', 'Aachen-Optics-2026');
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    const taken = await screen.findByText('is already taken');
    expect(taken.closest('.ant-form-item')?.querySelector('#username')).toBeTruthy();
    await waitFor(() => expect(urls.some((url) => url.pathname === '/api/organisations/register')).toBe(true));
    const post = fetchSpy.mock.calls.find(([input]) => String(input).endsWith('/api/organisations/register'));
    const body = JSON.parse(String(post?.[1]?.body)) as { tenantCode: string; organisation: Record<string, unknown> };
    expect(body.tenantCode).toBe('ningbo');
    expect(body.organisation).toMatchObject({ countryCode: 'DE', foreignRegistrationNumber: 'VR 4461', uscc: null, regionCode: null });
  });

  it('offers the platform tenants in a searchable list and sends the chosen code', async () => {
    const { fetchMock, urls } = mockFetch(withTenants(() => ({ status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'invalid', issues: [{ path: 'body.tenantCode', message: 'is not a tenant of this platform' }] } } })));
    const fetchSpy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', fetchSpy);
    renderPage(<RegisterRoute />, { route: '/register' });
    const select = screen.getByLabelText('注册平台（主管部门）');
    await waitFor(() => expect(urls.some((url) => url.pathname === '/api/tenants')).toBe(true));
    fireEvent.mouseDown(select);
    fireEvent.change(select, { target: { value: '浙江' } });
    fireEvent.click(await screen.findByText('浙江省科学技术厅'));
    type('统一社会信用代码', '91350100M000100Y43');
    type('单位名称', '宁波示例光电有限公司');
    type('用户名', 'demo-optics');
    type('姓名', '张三');
    type('密码', 'Sunny#Optics2026');
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    const refused = await screen.findByText('is not a tenant of this platform');
    expect(refused.closest('.ant-form-item')?.querySelector('#tenantCode')).toBeTruthy();
    const post = fetchSpy.mock.calls.find(([input]) => String(input).endsWith('/api/organisations/register'));
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ tenantCode: 'zj-kjt', organisation: { uscc: '91350100M000100Y43', regionCode: '350100' } });
  });
});
