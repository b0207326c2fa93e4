import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import ResultsRoute from './results';
import { CHALLENGE_ID, result } from './notice-fixtures';

describe('awarded results (揭榜结果)', () => {
  it('lists awarded challenges with their units by rank, the budget and the award date', async () => {
    const { fetchMock, urls } = mockFetch(() => ({ body: { items: [result()], total: 1, page: 1, pageSize: 10 } }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<ResultsRoute />, { route: '/results' });
    const title = await screen.findByRole('link', { name: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统' });
    expect(title.getAttribute('href')).toBe(`/challenges/${CHALLENGE_ID}`);
    const table = screen.getByRole('table', { name: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统' });
    const rows = [...table.querySelectorAll('tbody tr.ant-table-row')].map((row) => row.textContent);
    expect(rows).toEqual([
      '第 1 名浙江大学宁波智能制造研究院宁波工程学院、中国科学院宁波材料技术与工程研究所铸件缺陷多光谱在线检测系统研制与产线示范',
      '第 2 名宁波东海精密机械有限公司—基于深度学习的电驱壳体缺陷视觉检测装备',
    ]);
    expect(screen.getByText('500万元')).toBeTruthy();
    expect(screen.getByText('赛马制')).toBeTruthy();
    expect(screen.getByText('确定日期 2026-03-20', { exact: false })).toBeTruthy();
    expect(screen.getByText('共 1 项')).toBeTruthy();
    expect(urls[0]?.search).toBe('?page=1&pageSize=10');
  });

  it('narrows to one challenge from the link on its page, and says when there is none', async () => {
    const { fetchMock, urls } = mockFetch(() => ({ body: { items: [], total: 0, page: 1, pageSize: 10 } }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<ResultsRoute />, { route: `/results?challenge=${CHALLENGE_ID}` });
    expect(await screen.findByText('暂无揭榜结果')).toBeTruthy();
    expect(urls[0]?.searchParams.get('challengeId')).toBe(CHALLENGE_ID);
    expect(screen.getByRole('button', { name: '查看全部结果' })).toBeTruthy();
  });
});
