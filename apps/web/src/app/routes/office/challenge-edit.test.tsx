import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeChallengeEditRoute from './challenge-edit';
import { challenge } from './challenge-fixtures';
import { CHALLENGE, PROGRAMME, programme } from './fixtures';

const SLOW = { timeout: 5000 };

describe('editing a drafting challenge', () => {
  it('patches every field with the version read, money in fen', async () => {
    const patches: Record<string, unknown>[] = [];
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname === `/api/programmes/${PROGRAMME}`) return { body: programme() };
      if (url.pathname.endsWith('/challenge-groups')) return { body: { items: [] } };
      if (url.pathname.endsWith('/funding-preview')) return { body: { eligible: true, amountFen: 0, uncappedFen: 0, capped: false, recipient: 'bidder_lead_org', base: 'rd_input', payoutTiming: 'after_acceptance', reason: null, minimumBaseFen: null } };
      return { body: challenge({ status: 'drafting', actions: ['edit', 'submit_for_review', 'cancel'], version: 7 }) };
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'PATCH') patches.push(JSON.parse(String(init.body)) as Record<string, unknown>);
        return fetchMock(input, init);
      }),
    );
    renderPage(
      <Routes>
        <Route path="/office/challenges/:id/edit" element={<OfficeChallengeEditRoute />} />
        <Route path="/office/challenges/:id" element={<p>challenge page</p>} />
      </Routes>,
      { route: `/office/challenges/${CHALLENGE}/edit` },
    );

    const budget = (await screen.findByLabelText('揭榜金额（万元）', undefined, SLOW)) as HTMLInputElement;
    expect(budget.value).toBe('300');
    expect(screen.queryByText('来源需求')).toBeNull(); // needs are fixed once the challenge exists
    fireEvent.change(budget, { target: { value: '450' } });
    fireEvent.click(screen.getByRole('button', { name: /保存修改/ }));

    await waitFor(() => expect(patches).toHaveLength(1), SLOW);
    expect(patches[0]).toMatchObject({ version: 7, budgetFen: 450_000_000, coFundingFen: 50_000_000, bidDeadline: '2031-06-30T15:59:59.999Z', deliverables: ['在线检测系统 1 套'], maxWinners: 1 });
    expect(patches[0]).not.toHaveProperty('needIds');
    expect(await screen.findByText('challenge page', undefined, SLOW)).toBeTruthy();
  });
});
