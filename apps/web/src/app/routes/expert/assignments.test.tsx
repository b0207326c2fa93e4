import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import ExpertAssignmentsRoute from './assignments';
import { assignments } from './fixtures';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };

describe('我的评审任务', () => {
  it('lists the panels and the bids to score from the API, with the expert’s own scores', async () => {
    const { fetchMock, urls } = mockFetch(() => ({ body: assignments({ scored: true }) }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });

    expect(await screen.findByText('五轴联动数控机床高精度热误差补偿技术', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('评分中')).toBeTruthy();
    expect(screen.getByText('已评 1 / 2 项')).toBeTruthy();
    expect(screen.getByText('技术方案先进性 60%')).toBeTruthy();
    const scoredRow = screen.getByText('基于数字孪生的热误差实时补偿方案').closest('tr') as HTMLElement;
    expect(within(scoredRow).getByText('已评分 76.00')).toBeTruthy();
    expect(within(scoredRow).getByText('修改评分')).toBeTruthy();
    const openRow = screen.getByText('热误差补偿国产数控系统集成').closest('tr') as HTMLElement;
    expect(within(openRow).getByText('未评分')).toBeTruthy();
    expect(within(openRow).getByText(/^评\s*分$/)).toBeTruthy();
    expect(urls.some((url) => url.pathname === '/api/experts/me/assignments')).toBe(true);
  });

  it('offers only "view" when the server gives no score action', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: assignments({ actions: [] }) })).fetchMock);
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });
    await screen.findByText('五轴联动数控机床高精度热误差补偿技术', undefined, SLOW);
    expect(screen.queryByText(/^评\s*分$/)).toBeNull();
    expect(screen.getAllByText(/^查\s*看$/)).toHaveLength(2);
  });

  it('says so when there is nothing to review', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: { items: [] } })).fetchMock);
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });
    expect(await screen.findByText('目前没有分配给您的评审任务。', undefined, SLOW)).toBeTruthy();
  });
});
