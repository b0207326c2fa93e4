import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { NEED, need, PROGRAMME } from './fixtures';
import OfficeNeedRoute from './need';
import OfficeNeedsRoute from './needs';

describe('the needs pool', () => {
  it('lists the needs and passes the status filter to the server', async () => {
    const { fetchMock, urls } = mockFetch(() => ({ body: { items: [need({ status: 'pooled' })] } }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(
      <Routes>
        <Route path="/office/programmes/:id/needs" element={<OfficeNeedsRoute />} />
      </Routes>,
      { route: `/office/programmes/${PROGRAMME}/needs?status=pooled` },
    );
    expect(await screen.findByRole('link', { name: '新能源汽车电驱系统缺陷在线视觉检测' })).toBeTruthy();
    expect(urls[0]?.pathname).toBe(`/api/programmes/${PROGRAMME}/needs`);
    expect(urls[0]?.searchParams.get('status')).toBe('pooled');
  });
});

describe('a need in the office', () => {
  const renderNeed = () =>
    renderPage(
      <Routes>
        <Route path="/office/needs/:id" element={<OfficeNeedRoute />} />
      </Routes>,
      { route: `/office/needs/${NEED}` },
    );

  it('offers exactly the server’s actions and returns a need only with a reason, after confirming', async () => {
    let current = need();
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname.endsWith('/return')) current = need({ status: 'returned', version: 3, actions: [] });
      if (url.pathname.endsWith('/needs')) return { body: { items: [current] } };
      return { body: current };
    });
    const spy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', spy);
    renderNeed();
    expect(await screen.findByRole('heading', { name: '新能源汽车电驱系统缺陷在线视觉检测' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始形式审查' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '入库' })).toBeNull();
    expect(screen.getByText('检出率')).toBeTruthy();
    expect(screen.getByText('提交需求')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '退回修改' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确定退回修改' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(spy.mock.calls.some(([input]) => String(input).endsWith('/return'))).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '指标不可考核，请补充测试方法。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定退回修改' }));
    await waitFor(() => expect(spy.mock.calls.some(([input]) => String(input).endsWith('/return'))).toBe(true));
    const post = spy.mock.calls.find(([input]) => String(input).endsWith('/return'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ version: 2, reason: '指标不可考核，请补充测试方法。' });
    await waitFor(() => expect(screen.queryByRole('button', { name: '开始形式审查' })).toBeNull());
  });
});
