import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeChallengeBidsRoute from './challenge-bids';
import { bid, CHALLENGE, PROGRAMME } from './fixtures';

describe('bids on a challenge, for the office', () => {
  it('runs the formal check the server offers and shows the report', async () => {
    let current = bid();
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname.endsWith('/check-eligibility')) {
        current = bid({
          status: 'ineligible',
          version: 3,
          actions: [],
          eligibilityReport: { eligible: false, checkedAt: '2026-03-03T02:00:00.000Z', checks: [{ rule: 'region', passed: false, message: '牵头单位注册地不在浙江省' }, { rule: 'legal_entity', passed: true, message: '独立法人' }] },
        });
        return { body: current };
      }
      if (url.pathname.endsWith('/bids')) return { body: { items: [current] } };
      return { body: { id: CHALLENGE, code: 'NB-1', title: '五轴联动数控机床高精度热误差补偿技术', programme: { id: PROGRAMME, name: '宁波计划' } } };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderPage(
      <Routes>
        <Route path="/office/challenges/:id/bids" element={<OfficeChallengeBidsRoute />} />
      </Routes>,
      { route: `/office/challenges/${CHALLENGE}/bids` },
    );
    expect(await screen.findByText('基于数字孪生的热误差补偿方案')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '形式审查' }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: '确定' }));
    expect(await screen.findByText('形式审查未通过')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '形式审查' })).toBeNull());
    fireEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[0]!);
    expect(await screen.findByText('— 牵头单位注册地不在浙江省', { exact: false })).toBeTruthy();
  });
});
