import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { bid, me } from './fixtures';
import MyBidsRoute from './my-bids';

describe('我的揭榜', () => {
  it('lists the bids from the API with status tags, drafts opening in the form', async () => {
    const { fetchMock, urls } = mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? { body: me }
        : { body: { items: [bid(), bid({ id: 'c6b2f1de-4a3b-4c5d-8e9f-0a1b2c3d4e5f', title: '热误差补偿二期', status: 'under_review', actions: [] })], total: 12, page: 1, pageSize: 10 } },
    );
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<MyBidsRoute />, { route: '/bidder/bids' });
    expect(await screen.findByText('基于数字孪生的热误差实时补偿系统')).toBeTruthy();
    expect(screen.getByText('草稿')).toBeTruthy();
    expect(screen.getByText('评审中')).toBeTruthy();
    expect(screen.getAllByText('300万元', { selector: 'td' })).toHaveLength(2);
    expect(screen.getByRole('link', { name: '继续填写' }).getAttribute('href')).toBe(`/bidder/bids/${bid().id}/edit`);
    expect(screen.getByText('共 12 项')).toBeTruthy();
    expect(urls.find((url) => url.pathname === '/api/bids/mine')?.searchParams.get('pageSize')).toBe('10');
  });

  it('says so when there are no bids', async () => {
    vi.stubGlobal('fetch', mockFetch((url) => (url.pathname === '/api/auth/me' ? { body: me } : { body: { items: [], total: 0, page: 1, pageSize: 10 } })).fetchMock);
    renderPage(<MyBidsRoute />, { route: '/bidder/bids' });
    expect(await screen.findByText('还没有揭榜申请。到揭榜大厅找一个榜单吧。')).toBeTruthy();
  });
});
