import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import NoticesRoute from './notices';
import { notice } from './notice-fixtures';

const CLOSED_ID = '5e6f7081-92a3-4bb4-8cc5-e6f7a8b9c0d1';

describe('the public notice board (公示公告)', () => {
  it('lists open and recently ended notices with their period, countdown and units, and filters them', async () => {
    const closed = notice({ id: CLOSED_ID, title: '关于“五轴机床热误差补偿”榜单拟揭榜单位的公示', status: 'closed', opensAt: '2026-02-01T01:00:00.000Z', closesAt: '2026-02-08T01:00:00.000Z', actions: [], alternates: [] });
    const { fetchMock, urls } = mockFetch(() => ({ body: { items: [notice(), closed] } }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<NoticesRoute />, { route: '/notices' });
    const open = await screen.findByRole('link', { name: '关于“电驱壳体缺陷在线检测”榜单拟揭榜单位的公示' });
    expect(open.getAttribute('href')).toMatch(/^\/notices\/7b0c1d2e/);
    expect(screen.getByText(/^剩余 \d+ 天/)).toBeTruthy();
    expect(screen.getByText('2026-02-01 09:00 至 2026-02-08 09:00')).toBeTruthy();
    expect(screen.getByText('公示结束')).toBeTruthy();
    expect(screen.getAllByText('浙江大学宁波智能制造研究院')).toHaveLength(2);
    expect(screen.getByText('宁波东海精密机械有限公司')).toBeTruthy();
    expect(screen.getByRole('button', { name: /查看并提出异议/ })).toBeTruthy();
    expect(urls.map((url) => url.pathname)).toEqual(['/api/notices']);

    fireEvent.click(screen.getByRole('radio', { name: '公示中' }));
    await waitFor(() => expect(screen.queryByText('关于“五轴机床热误差补偿”榜单拟揭榜单位的公示')).toBeNull());
    fireEvent.click(screen.getByRole('radio', { name: '已结束' }));
    await waitFor(() => expect(screen.queryByText('关于“电驱壳体缺陷在线检测”榜单拟揭榜单位的公示')).toBeNull());
    expect(screen.getByText('关于“五轴机床热误差补偿”榜单拟揭榜单位的公示')).toBeTruthy();
  });

  it('says when there is nothing to show, and when loading failed', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: { items: [] } })).fetchMock);
    const { unmount } = renderPage(<NoticesRoute />, { route: '/notices' });
    expect(await screen.findByText('暂无公示')).toBeTruthy();
    unmount();
    vi.stubGlobal('fetch', mockFetch(() => ({ status: 500, body: { error: { code: 'INTERNAL', message: 'boom' } } })).fetchMock);
    renderPage(<NoticesRoute />, { route: '/notices' });
    expect(await screen.findByText('加载失败')).toBeTruthy();
  });
});
