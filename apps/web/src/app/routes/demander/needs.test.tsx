import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { need, programme, programmePage, PROGRAMME_ID } from './fixtures';
import DemanderNeedsRoute from './needs';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };

describe('我的需求', () => {
  it('lists the demander’s needs of the programme that collects them, with the create entry from the programme’s actions', async () => {
    const { fetchMock, urls } = mockFetch((url) => {
      if (url.pathname === '/api/programmes') return { body: programmePage([programme({ id: '972ecdda-9669-4946-af17-7b84a52cf27c', name: '已结束的计划', status: 'closed', actions: [] }), programme()]) };
      return { body: { items: [need(), need({ id: '2d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f', title: '基础材料机理研究', status: 'pooled', isBasicResearch: true, submittedAt: '2026-11-02T02:00:00.000Z' })] } };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<DemanderNeedsRoute />, { route: '/demander' });

    const row = (await screen.findByText('五轴机床热误差在线补偿', undefined, SLOW)).closest('tr') as HTMLElement;
    expect(within(row).getByText('草稿')).toBeTruthy();
    expect(within(row).getByText('120万元')).toBeTruthy();
    expect(within(row).getByText('关键核心技术（卡脖子）')).toBeTruthy();
    const pooled = screen.getByText('基础材料机理研究').closest('tr') as HTMLElement;
    expect(within(pooled).getByText('已入库')).toBeTruthy();
    expect(within(pooled).getByText('基础研究')).toBeTruthy();
    expect(screen.getByText('新建需求').closest('a')?.getAttribute('href')).toBe(`/demander/programmes/${PROGRAMME_ID}/needs/new`);
    expect(urls.some((url) => url.pathname === `/api/programmes/${PROGRAMME_ID}/needs`)).toBe(true);
  });

  it('offers no create entry where the server gives no create_need action', async () => {
    const { fetchMock } = mockFetch((url) => (url.pathname === '/api/programmes' ? { body: programmePage([programme({ actions: [] })]) } : { body: { items: [] } }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<DemanderNeedsRoute />, { route: '/demander' });
    expect(await screen.findByText('您在该计划中还没有需求。', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('该计划当前不在需求征集期，不能新建需求。')).toBeTruthy();
    expect(screen.queryByText('新建需求')).toBeNull();
  });
});
