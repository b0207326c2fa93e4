import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FIELDS, TENANTS } from '@/features/experts/testing/fixtures';
import { mockFetch, renderPage } from '@/testing/render';
import ExpertRegisterRoute from './expert-register';

const SLOW = { timeout: 10_000 };
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function serve(register: () => { status?: number; body: unknown }) {
  const { fetchMock, urls } = mockFetch((url) => {
    if (url.pathname === '/api/tenants') return { body: TENANTS };
    if (url.pathname === '/api/expert-fields') return { body: { items: FIELDS } };
    if (url.pathname === '/api/expert-registrations') return register();
    return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'not found' } } };
  });
  const fetchSpy = vi.fn(fetchMock);
  vi.stubGlobal('fetch', fetchSpy);
  return { urls, fetchSpy };
}

async function fillValid() {
  type('姓名', '黎明轩');
  type('研究方向', '新能源汽车热管理系统');
  type('工作单位', '宁波均胜汽车电子研究院');
  type('用户名', 'limx');
  type('密码', 'Apply#Expert2026');
  type('手机', '13805740000');
  const fields = screen.getByLabelText('领域（国民经济行业分类 GB/T 4754）');
  fireEvent.mouseDown(fields);
  fireEvent.click(await screen.findByText('C36 汽车制造业'));
}

describe('expert self-registration', () => {
  it('checks the form before sending: a pool, a field, a strong password and a way to reach the applicant', async () => {
    const { urls } = serve(() => ({ status: 500, body: {} }));
    renderPage(<ExpertRegisterRoute />, { route: '/experts/register?pool=ningbo' });
    expect(await screen.findByTitle('宁波市科学技术局', {}, SLOW)).toBeTruthy();
    type('密码', 'weakpass');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('请至少选择一个领域')).toBeTruthy();
    expect(screen.getByText('密码强度不足')).toBeTruthy();
    expect(screen.getByText('请至少填写手机或邮箱中的一项')).toBeTruthy();
    type('地区代码', '3302');
    expect(await screen.findByText('须为 6 位行政区划代码')).toBeTruthy();
    expect(urls.some((url) => url.pathname === '/api/expert-registrations')).toBe(false);
  }, 30_000);

  it('shows a taken username at its field, then the “待审核” screen once the application is in', async () => {
    let answer: { status?: number; body: unknown } = { status: 409, body: { error: { code: 'DUPLICATE', message: 'body.username: is already taken', rule: 'user.duplicate_username', issues: [{ path: 'body.username', message: 'is already taken' }] } } };
    const { fetchSpy } = serve(() => answer);
    renderPage(<ExpertRegisterRoute />, { route: '/experts/register?pool=ningbo' });
    expect(await screen.findByTitle('宁波市科学技术局', {}, SLOW)).toBeTruthy();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    const taken = await screen.findByText('is already taken');
    expect(taken.closest('.ant-form-item')?.querySelector('#username')).toBeTruthy();
    const post = fetchSpy.mock.calls.find(([input]) => String(input).endsWith('/api/expert-registrations'));
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ tenantCode: 'ningbo', username: 'limx', phone: '13805740000', email: null, panelRole: 'technical', fieldCodes: ['C36'], regionCode: null });

    answer = { status: 201, body: { userId: '6c1d8b2f-4e3a-4d9c-8f7b-2a3e4d5c6b71', username: 'limx2', status: 'pending', tenantName: '宁波市科学技术局' } };
    type('用户名', 'limx2');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('申请已提交，待审核')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/宁波市科学技术局将审核您的入库申请/)).toBeTruthy());
  }, 30_000);
});
