import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import NoticeDetailRoute from './notice-detail';
import { notice, NOTICE_ID } from './notice-fixtures';

const RECEIPT_ID = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const renderNotice = () =>
  renderPage(
    <Routes>
      <Route path="/notices/:id" element={<NoticeDetailRoute />} />
    </Routes>,
    { route: `/notices/${NOTICE_ID}` },
  );

/** Fills the form, submits it and confirms in the dialog. */
async function fileObjection() {
  type('异议人', '宁波某精密制造有限公司');
  type('联系方式', '0574-87654321');
  type('异议事实和理由', '拟揭榜单位申报的产线示范业绩与实际不符，请予核查。');
  fireEvent.click(screen.getByRole('checkbox', { name: /本人承诺/ }));
  fireEvent.click(screen.getByRole('button', { name: '提交异议' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('异议提交后不能撤回或修改');
  fireEvent.click(within(dialog).getByRole('button', { name: '提交异议' }));
}

describe('a public notice (公示) and its objection form', () => {
  it('shows the proposed units and alternates, and files an objection after confirmation, with a receipt', async () => {
    const { fetchMock } = mockFetch((url) =>
      url.pathname.endsWith('/objections') ? { status: 201, body: { id: RECEIPT_ID, noticeId: NOTICE_ID, bidId: null, status: 'filed', filedAt: '2026-03-12T06:30:00.000Z' } } : { body: notice() },
    );
    const fetchSpy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', fetchSpy);
    renderNotice();
    expect(await screen.findByText('关于“电驱壳体缺陷在线检测”榜单拟揭榜单位的公示')).toBeTruthy();
    expect(screen.getByRole('table', { name: '拟揭榜单位' }).textContent).toContain('浙江大学宁波智能制造研究院');
    expect(screen.getByRole('table', { name: '候补单位（按排名）' }).textContent).toContain('宁波东海精密机械有限公司');
    expect(screen.getByText('宁波市科学技术局 · 2026 年宁波市“揭榜挂帅”科技项目', { exact: false })).toBeTruthy();
    expect(screen.getByText(/^剩余 \d+ 天/)).toBeTruthy();

    await fileObjection();
    expect(await screen.findByText('异议已受理')).toBeTruthy();
    expect(screen.getByText(RECEIPT_ID)).toBeTruthy();
    expect(screen.getByText('2026-03-12 14:30')).toBeTruthy();

    const post = fetchSpy.mock.calls.find(([input, init]) => String(input).endsWith(`/api/notices/${NOTICE_ID}/objections`) && init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ objectorName: '宁波某精密制造有限公司', objectorContact: '0574-87654321', reason: '拟揭榜单位申报的产线示范业绩与实际不符，请予核查。' });
  });

  it('checks the fields before sending anything', async () => {
    const fetchSpy = vi.fn(mockFetch(() => ({ body: notice() })).fetchMock);
    vi.stubGlobal('fetch', fetchSpy);
    renderNotice();
    await screen.findByLabelText('异议人');
    type('联系方式', 'abc');
    fireEvent.click(screen.getByRole('button', { name: '提交异议' }));
    // antd validates every field asynchronously; on a busy machine that takes longer than findBy's default second.
    expect(await screen.findByText('请输入有效的电话号码或电子邮箱', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('请阅读并勾选承诺', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetchSpy.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('shows the server’s field errors next to their fields', async () => {
    vi.stubGlobal(
      'fetch',
      mockFetch((url) =>
        url.pathname.endsWith('/objections')
          ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'body.objectorContact: Too big', issues: [{ path: 'body.objectorContact', message: 'must be at most 200 characters' }] } } }
          : { body: notice() },
      ).fetchMock,
    );
    renderNotice();
    await screen.findByLabelText('异议人');
    await fileObjection();
    const message = await screen.findByText('must be at most 200 characters');
    expect(message.closest('.ant-form-item')?.querySelector('#objectorContact')).toBeTruthy();
    expect(screen.queryByText('异议已受理')).toBeNull();
  });

  it('replaces the form by a closed message once the period is over', async () => {
    const closesAt = '2026-03-08T01:00:00.000Z';
    vi.stubGlobal('fetch', mockFetch(() => ({ body: notice({ status: 'closed', closesAt, actions: [], objectionsCount: 2 }) })).fetchMock);
    renderNotice();
    expect(await screen.findByText('公示期已结束，不再受理异议')).toBeTruthy();
    expect(screen.getByText('本公示于 2026-03-08 09:00 结束。对处理结果有疑问的，请联系发榜单位。')).toBeTruthy();
    expect(screen.queryByLabelText('异议人')).toBeNull();
    expect(screen.queryByRole('button', { name: '提交异议' })).toBeNull();
    expect(screen.getByText('公示结束')).toBeTruthy();
  });

  it('says so when the notice does not exist', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'public_notice not found' } } })).fetchMock);
    renderNotice();
    expect(await screen.findByText('未找到')).toBeTruthy();
  });
});

