import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { assignments, bid, BID_ID, PANEL_ID } from './fixtures';
import ExpertScoringSheetRoute from './scoring-sheet';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };

const renderSheet = () =>
  renderPage(
    <Routes>
      <Route path="/expert/bids/:bidId" element={<ExpertScoringSheetRoute />} />
    </Routes>,
    { route: `/expert/bids/${BID_ID}` },
  );

const scoreInput = (label: RegExp) => screen.getAllByLabelText(label).find((element) => element.tagName === 'INPUT' && element.getAttribute('role') !== 'slider') as HTMLInputElement;

describe('the score sheet', () => {
  it('computes the weighted total live, requires the conflict declaration on the first score, and posts the scores', async () => {
    const posted: unknown[] = [];
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname === '/api/experts/me/assignments') return { body: assignments() };
      if (url.pathname === `/api/bids/${BID_ID}/scores`) return { body: { id: '9e0b3c44-6c1f-4c5c-8d2b-1c5d8a7e6f01', bidId: BID_ID, panelId: PANEL_ID, criterionScores: { technical: 90, team: 60 }, total: 78, comment: '', submittedAt: '2026-11-18T02:00:00.000Z' } };
      return { body: bid() };
    });
    const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') posted.push(JSON.parse(String(init.body)));
      return fetchMock(input, init);
    });
    vi.stubGlobal('fetch', spy);
    renderSheet();

    expect(await screen.findByRole('heading', { name: '基于数字孪生的热误差实时补偿方案' }, SLOW)).toBeTruthy();
    expect(screen.getByText('采用多点温度场建模与在线补偿。')).toBeTruthy();
    fireEvent.change(scoreInput(/技术方案先进性/), { target: { value: '90' } });
    fireEvent.change(scoreInput(/团队能力/), { target: { value: '60' } });
    await waitFor(() => expect(screen.getByText('78.00')).toBeTruthy()); // 90 × 60% + 60 × 40%

    fireEvent.click(screen.getByRole('button', { name: '提交评分' }));
    expect(await screen.findByText('提交前请确认利益冲突声明。', undefined, SLOW)).toBeTruthy();
    expect(posted).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: '本人与该揭榜单位无利害关系' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评分' }));
    await waitFor(() => expect(posted).toEqual([{ criterionScores: { technical: 90, team: 60 }, comment: '' }]));
  });

  it('shows the server’s field error at the criterion', async () => {
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname === '/api/experts/me/assignments') return { body: assignments({ scored: true }) };
      if (url.pathname.endsWith('/scores')) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid body', issues: [{ path: 'body.criterionScores.team', message: 'must be between 0 and 100' }] } } };
      return { body: bid() };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderSheet();
    // A revision: the earlier score is filled in and the declaration was made with the first score.
    expect(await screen.findByText(/您已于 .* 提交评分（总分 76.00）/, undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('您已在本组提交过评分，视为已作出无利害关系声明。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '更新评分' }));
    expect(await screen.findByText('must be between 0 and 100', undefined, SLOW)).toBeTruthy();
  });

  it('has no submit button when the server offers no score action', async () => {
    const { fetchMock } = mockFetch((url) => (url.pathname === '/api/experts/me/assignments' ? { body: assignments({ actions: ['view'] }) } : { body: bid() }));
    vi.stubGlobal('fetch', fetchMock);
    renderSheet();
    expect(await screen.findByText('评分未开放或已结束，不能提交。', undefined, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交评分' })).toBeNull();
  });
});
