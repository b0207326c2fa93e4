import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Bid } from '@/features/bids/types';
import { mockFetch, renderPage } from '@/testing/render';
import BidDetailRoute from './bid-detail';
import BidReceiptRoute from './bid-receipt';
import { BID_ID, bid, challenge, me } from './fixtures';

const renderDetail = () =>
  renderPage(
    <Routes>
      <Route path="/bidder/bids/:id" element={<BidDetailRoute />} />
      <Route path="/bidder/bids/:id/receipt" element={<BidReceiptRoute />} />
    </Routes>,
    { route: `/bidder/bids/${BID_ID}` },
  );

/** A read-only visit: the bid as given, its challenge, no attachments. */
const serveBid = (shown: Bid) =>
  vi.stubGlobal(
    'fetch',
    mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? { body: me }
        : url.pathname.startsWith('/api/challenges/')
          ? { body: challenge }
          : url.pathname.endsWith('/attachments')
            ? { body: { items: [], actions: [] } }
            : { body: shown },
    ).fetchMock,
  );

describe('a bid, for its bidder', () => {
  it('shows the server’s actions, the eligibility report and the timeline', async () => {
    const report = { eligible: false, checkedAt: '2026-11-12T02:00:00.000Z', checks: [{ rule: 'region', passed: false, message: '注册地不在浙江省' }, { rule: 'pi_commitment', passed: true, message: '已签署' }] };
    serveBid(bid({ status: 'ineligible', actions: [], eligibilityReport: report as never }));
    renderDetail();
    expect(await screen.findByRole('heading', { name: '基于数字孪生的热误差实时补偿系统' })).toBeTruthy();
    expect(screen.getByText('形式审查未通过')).toBeTruthy();
    expect(screen.getByText('注册地不在浙江省')).toBeTruthy();
    expect(screen.getByText('创建草稿')).toBeTruthy();
    // Commitments read with the challenge's indicator names and units.
    expect(await screen.findByText('4 μm')).toBeTruthy();
    expect(screen.getByText('热误差')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交揭榜' })).toBeNull();
  });

  it('shows its own defence slot (答辩安排) in Beijing time', async () => {
    const defenceSlot = { startsAt: '2026-12-01T01:40:00.000Z', endsAt: '2026-12-01T02:10:00.000Z', format: 'online' as const, venue: '腾讯会议 123-456-789', status: 'scheduled' as const, note: '' };
    serveBid(bid({ status: 'under_review', actions: [], defenceSlot }));
    renderDetail();
    const card = (await screen.findByText('答辩安排', undefined, { timeout: 5000 })).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('2026-12-01 09:40–10:10')).toBeTruthy();
    expect(within(card).getByText('线上路演')).toBeTruthy();
    expect(within(card).getByText('腾讯会议 123-456-789')).toBeTruthy();
    expect(within(card).getByText('已安排')).toBeTruthy();
  });

  it('submits after confirmation with the version read, then shows the receipt', async () => {
    let current = bid();
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname === '/api/auth/me') return { body: me };
      if (url.pathname.startsWith('/api/challenges/')) return { body: challenge };
      if (url.pathname.endsWith('/attachments')) return { body: { items: [], actions: ['upload'] } };
      if (url.pathname.endsWith('/submit')) current = bid({ status: 'submitted', version: 2, submittedAt: '2026-11-11T03:04:00.000Z', actions: ['withdraw'] });
      return { body: current };
    });
    const fetchSpy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', fetchSpy);
    renderDetail();
    expect(screen.queryByRole('button', { name: '审核' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: '提交揭榜' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定' }));
    expect(await screen.findByText('揭榜申请已提交')).toBeTruthy();
    const post = fetchSpy.mock.calls.find(([input]) => String(input).endsWith('/submit'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ version: 1 });
    await waitFor(() => expect(screen.getByText(BID_ID)).toBeTruthy());
    expect(screen.getByText('浙江甬芯微电子有限公司（30%）')).toBeTruthy();
  });
});
