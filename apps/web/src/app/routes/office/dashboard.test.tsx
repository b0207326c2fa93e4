import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeDashboardRoute from './dashboard';
import { dashboard, officer, PROGRAMME, programme, TENANT } from './fixtures';

// ECharts draws on a canvas, which jsdom lacks; the chart gets its data as props, which is what we check.
vi.mock('@/features/office/components/status-chart', () => ({
  default: ({ labels, values }: { labels: string[]; values: number[] }) => <ul aria-label="chart">{labels.map((label, index) => <li key={label}>{`${label}=${values[index]}`}</li>)}</ul>,
}));

describe('the office dashboard', () => {
  it('shows the server’s counts and money for the officer’s programme', async () => {
    const { fetchMock, urls } = mockFetch((url) => {
      if (url.pathname === '/api/auth/me') return { body: officer };
      if (url.pathname === '/api/programmes') return { body: { items: [programme()], total: 1, page: 1, pageSize: 20 } };
      if (url.pathname === `/api/programmes/${PROGRAMME}/dashboard`) return { body: dashboard() };
      return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no' } } };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<OfficeDashboardRoute />, { route: '/office' });
    expect(await screen.findByText('已入库需求')).toBeTruthy();
    expect(urls.find((url) => url.pathname === '/api/programmes')?.searchParams.get('tenantId')).toBe(TENANT);
    expect(screen.getByText('¥50,000,000')).toBeTruthy(); // budget published
    expect(screen.getByText('¥4,500,000')).toBeTruthy(); // tranches paid
    expect(screen.getByText('待兑现 ¥300,000')).toBeTruthy();
    expect(await screen.findByText('已入库=12')).toBeTruthy();
  });

  it('tells a visitor the dashboard is for officers', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in' } } })).fetchMock);
    renderPage(<OfficeDashboardRoute />, { route: '/office' });
    expect(await screen.findByText('工作台仅向主管部门和项目管理专业机构开放，请使用相应账号登录。')).toBeTruthy();
  });
});
