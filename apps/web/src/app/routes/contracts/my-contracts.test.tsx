import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import MyContractsRoute from './my-contracts';
import { summary } from './fixtures';

describe('my contracts', () => {
  afterEach(() => vi.useRealTimers());

  it('lists the contracts with status, parties and value, and filters them', async () => {
    const { fetchMock } = mockFetch(() => ({
      body: {
        items: [
          summary(),
          summary({ id: '4f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f602', challengeTitle: '车规级高精度 MEMS 惯性测量单元', challengeCode: 'NB-2026-JB-023', leadOrgName: '北京中关村先进感知技术研究院', piName: '沈一帆', status: 'negotiation', signedAt: null, nextMilestoneDueDate: null }),
        ],
      },
    }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<MyContractsRoute />, { route: '/contracts' });
    const link = await screen.findByRole('link', { name: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统' });
    expect(link.getAttribute('href')).toBe('/contracts/3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f601');
    expect(screen.getByText('执行中')).toBeTruthy();
    expect(screen.getByText('对接洽谈中')).toBeTruthy();
    expect(screen.getAllByText('600万元')).toHaveLength(2);
    expect(screen.getByText('未签订')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('按榜单、单位或揭榜挂帅人筛选'), { target: { value: '沈一帆' } });
    expect(screen.queryByText('新能源汽车电驱壳体铸造缺陷在线视觉检测系统')).toBeNull();
    expect(screen.getByText('车规级高精度 MEMS 惯性测量单元')).toBeTruthy();
    // 榜单编号 is a search term too.
    fireEvent.change(screen.getByLabelText('按榜单、单位或揭榜挂帅人筛选'), { target: { value: 'jb-017' } });
    expect(screen.getByText('新能源汽车电驱壳体铸造缺陷在线视觉检测系统')).toBeTruthy();
    expect(screen.queryByText('车规级高精度 MEMS 惯性测量单元')).toBeNull();
  });

  it('shows the challenge code and when the next milestone is due, overdue in Beijing time', async () => {
    // 2026-04-24 01:00 in Beijing: the milestone due 2026-04-23 is overdue, the one due 2026-04-24 is not.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-23T17:00:00Z'));
    const { fetchMock } = mockFetch(() => ({
      body: {
        items: [
          summary(),
          summary({ id: '4f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f602', challengeTitle: '车规级高精度 MEMS 惯性测量单元', challengeCode: 'NB-2026-JB-023', nextMilestoneDueDate: '2026-04-24' }),
          summary({ id: '4f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f603', challengeTitle: '工业母机热误差补偿', challengeCode: 'NB-2026-JB-031', status: 'negotiation', signedAt: null, nextMilestoneDueDate: null }),
        ],
      },
    }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<MyContractsRoute />, { route: '/contracts' });
    const row = (title: string) => screen.getByRole('link', { name: title }).closest('tr') as HTMLElement;
    await screen.findByRole('link', { name: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统' });
    expect(screen.getByRole('columnheader', { name: '榜单编号' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '下一节点' })).toBeTruthy();
    const first = row('新能源汽车电驱壳体铸造缺陷在线视觉检测系统');
    expect(within(first).getByText('NB-2026-JB-017')).toBeTruthy();
    expect(within(first).getByText('2026-04-23')).toBeTruthy();
    expect(within(first).getByText('已逾期')).toBeTruthy();
    const second = row('车规级高精度 MEMS 惯性测量单元');
    expect(within(second).getByText('2026-04-24')).toBeTruthy();
    expect(within(second).queryByText('已逾期')).toBeNull();
    const third = row('工业母机热误差补偿');
    expect(within(third).getByText('NB-2026-JB-031')).toBeTruthy();
    expect(within(third).getByText('—')).toBeTruthy();
    // The id prefix is no longer shown as a stand-in code.
    expect(screen.queryByText('3F1C2B4A')).toBeNull();
  });

  it('says so when there is no contract', async () => {
    const { fetchMock } = mockFetch(() => ({ body: { items: [] } }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<MyContractsRoute />, { route: '/contracts' });
    expect(await screen.findByText(/暂无合同/)).toBeTruthy();
  });
});
