import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import { contract, CONTRACT, payout, PAYOUT, stubApi } from '../testing/fixtures';
import type { Contract } from '../types';
import { PayoutsTab } from './payouts-tab';

const show = (view: Contract) =>
  renderPage(
    <App component={false}>
      <PayoutsTab contract={view} />
    </App>,
  );

describe('PayoutsTab', () => {
  it('shows how the amount was computed, in yuan, and who receives it', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: payout() })).fetchMock);
    show(contract({ status: 'accepted', payouts: [payout()] }));
    expect(await screen.findByText('计算过程：¥3,000,000 × 20% = ¥600,000，超过上限 ¥500,000，按上限兑现')).toBeTruthy();
    expect(screen.getAllByText('¥500,000').length).toBeGreaterThan(0);
    expect(screen.getByText('已按上限封顶')).toBeTruthy();
    expect(screen.getAllByText('研发投入补助').length).toBeGreaterThan(0);
    expect(screen.getByText('研发投入 ¥3,000,000')).toBeTruthy();
    expect(screen.getByText('宁波东海精密机械有限公司', { exact: false })).toBeTruthy();
  });

  it('approves after a confirmation naming amount and recipient; no pay button until the server offers it', async () => {
    let current = payout();
    const api = stubApi((request) => {
      if (request.method === 'POST') current = payout({ status: 'approved', approvedAt: '2026-04-02T02:00:00.000Z', version: 2, actions: ['pay'] });
      return { body: current };
    });
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ status: 'accepted', payouts: [payout()] }));
    fireEvent.click(await screen.findByRole('button', { name: '审批' }));
    expect(screen.queryByRole('button', { name: '登记拨付' })).toBeNull();
    const popover = await screen.findByRole('tooltip');
    expect(within(popover).getByText('审批通过向「宁波东海精密机械有限公司」兑现 ¥500,000？')).toBeTruthy();
    fireEvent.click(within(popover).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(api.posts()).toEqual([expect.objectContaining({ path: `/api/payouts/${PAYOUT}/approve`, body: { version: 1 } })]));
    expect(await screen.findByRole('button', { name: '登记拨付' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '审批' })).toBeNull();
  });

  it('computes the payout when the contract offers it', async () => {
    const api = stubApi(() => ({ status: 201, body: payout() }));
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ status: 'accepted', actions: ['compute_payout'] }));
    expect(screen.getByText('尚未核算兑现金额')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '核算兑现金额' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(api.posts()).toEqual([expect.objectContaining({ path: `/api/contracts/${CONTRACT}/payouts`, body: { version: 7 } })]));
  });

  it('shows a paid payout without any action button', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: payout({ status: 'paid', paidAt: '2026-04-10T02:00:00.000Z', actions: [] }) })).fetchMock);
    show(contract({ status: 'closed', payouts: [payout({ status: 'paid', actions: [] })] }));
    expect(await screen.findByText('已拨付')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '审批' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记拨付' })).toBeNull();
    expect(screen.queryByRole('button', { name: '核算兑现金额' })).toBeNull();
  });
});
