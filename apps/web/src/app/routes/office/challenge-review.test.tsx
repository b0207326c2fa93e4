import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import type { Panel, Ranking } from '@/features/evaluation/types';
import OfficeChallengeReviewRoute from './challenge-review';
import { EVAL_CHALLENGE, EXPERT_1, evalChallenge, panel, PANEL_ID, ranking, recordingFetch } from './evaluation-fixtures';

const CONFLICTED = '0e0e0e0e-0000-4000-8000-000000000000';

function renderReview() {
  renderPage(
    <Routes>
      <Route path="/office/challenges/:id/review" element={<OfficeChallengeReviewRoute />} />
    </Routes>,
    { route: `/office/challenges/${EVAL_CHALLENGE}/review` },
  );
}

const confirmPopover = async () => fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定' }));

describe('review page (评审), for the programme office', () => {
  it('shows the ranking with aggregates, disagreement and every score sheet, and shortlists when the server offers it', async () => {
    let current: Ranking = ranking({ actions: ['shortlist'] });
    const { fetchMock, sent } = recordingFetch(({ method, path }) => {
      if (path.endsWith('/shortlist') && method === 'POST') {
        current = ranking({ actions: [], items: ranking().items.map((item) => ({ ...item, status: item.rank === 1 ? 'shortlisted' : 'not_selected' })) });
        return { body: { challengeId: EVAL_CHALLENGE, shortlisted: [{ bidId: 'x', title: 'x', leadOrgName: 'x', rank: 1, totalScore: 88.5 }], notSelected: [{ bidId: 'y', title: 'y', leadOrgName: 'y', rank: 2, totalScore: 72 }] } };
      }
      if (path.endsWith('/ranking')) return { body: current };
      if (path.endsWith('/panel-assignment')) return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'review_panel not found' } } };
      if (path.endsWith('/panel')) return { body: panel() };
      return { body: evalChallenge() };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderReview();

    const table = (await screen.findByText('多光谱在线检测系统研制与产线示范')).closest('table')!;
    expect(within(table).getByText('东海大学')).toBeTruthy();
    expect(within(table).getByText('88.50')).toBeTruthy();
    expect(within(table).getAllByText('分歧较大')).toHaveLength(1);
    fireEvent.click(within(table).getAllByRole('button', { name: /展开行|Expand row/ })[0]!);
    const sheets = await screen.findByRole('table', { name: '专家评分表' });
    expect(within(sheets).getByText('技术路线清晰，示范产线条件成熟。')).toBeTruthy();
    expect(within(sheets).getByText('技术路线（40%）')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '确定入围' }));
    await confirmPopover();
    expect(await screen.findByText('已确定入围：1 项入围，1 项未入围')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([{ method: 'POST', path: `/api/challenges/${EVAL_CHALLENGE}/shortlist`, body: {} }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: '确定入围' })).toBeNull());
    expect(screen.getByText('未入围')).toBeTruthy();
  });

  it('forms the panel when offered, then shows a recusal (回避) refusal beside the expert picker', async () => {
    let current: Panel | null = null;
    const { fetchMock, sent } = recordingFetch(({ method, path }) => {
      if (path === `/api/challenges/${EVAL_CHALLENGE}/panel` && method === 'POST') {
        current = panel({ status: 'forming', members: [], actions: ['add_member', 'remove_member', 'open_scoring'] });
        return { status: 201, body: current };
      }
      if (path.endsWith('/members') && method === 'POST') {
        return { status: 409, body: { error: { code: 'RULE_VIOLATION', rule: 'review.conflict_of_interest', message: 'The expert belongs to the demander of this challenge and must recuse (回避)' } } };
      }
      if (path.endsWith('/panel-assignment')) return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'review_panel not found' } } };
      if (path.endsWith('/panel')) return current ? { body: current } : { status: 404, body: { error: { code: 'NOT_FOUND', message: 'review_panel not found' } } };
      if (path === '/api/experts') return { body: { items: [{ userId: EXPERT_1, displayName: '周文涛（技术专家）', organisationName: null }, { userId: CONFLICTED, displayName: '杨研究员', organisationName: '宁波甬创汽车零部件有限公司' }] } };
      if (path.endsWith('/ranking')) return { body: ranking({ panel: null, items: [], actions: current ? [] : ['form_panel'] }) };
      return { body: evalChallenge() };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderReview();

    expect(await screen.findByText('尚未组建评审专家组')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '组建评审专家组' }));
    await confirmPopover();
    expect(await screen.findByText('组建中')).toBeTruthy();

    const picker = screen.getByRole('combobox', { name: '选择专家' });
    fireEvent.mouseDown(picker);
    fireEvent.click(await screen.findByText('杨研究员 · 宁波甬创汽车零部件有限公司'));
    fireEvent.click(screen.getByRole('button', { name: '加入专家组' }));
    expect(await screen.findByText('该专家须回避，不能加入本专家组')).toBeTruthy();
    expect(screen.getByText('该专家所在单位为本榜单的需求方或揭榜单位（含联合体成员），依规须回避。')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/challenges/${EVAL_CHALLENGE}/panel`, body: {} },
      { method: 'POST', path: `/api/panels/${PANEL_ID}/members`, body: { expertUserId: CONFLICTED, panelRole: 'technical', version: 4 } },
    ]);
  });
});
