import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import type { Award, Objection } from '@/features/evaluation/types';
import OfficeChallengeNoticeRoute from './challenge-notice';
import { award, AWARD_ID, EVAL_CHALLENGE, evalChallenge, notice, NOTICE_ID, objection, OBJECTION_ID, ranking, recordingFetch } from './evaluation-fixtures';

const CONTRACT = '3c3c3c3c-3333-4333-8333-3c3c3c3c3c3c';

function renderNotice() {
  renderPage(
    <Routes>
      <Route path="/office/challenges/:id/notice" element={<OfficeChallengeNoticeRoute />} />
    </Routes>,
    { route: `/office/challenges/${EVAL_CHALLENGE}/notice` },
  );
}

describe('notice and award page (公示与立项), for the programme office', () => {
  it('lists the objections with the objector’s contact and rules on one with the decision and reasons', async () => {
    let current: Objection = objection();
    const { fetchMock, sent } = recordingFetch(({ method, path }, url) => {
      if (path === `/api/objections/${OBJECTION_ID}/rule` && method === 'POST') {
        current = objection({ status: 'upheld', ruling: '经核查，异议属实。', ruledAt: '2026-03-13T02:00:00.000Z', actions: [], version: 2 });
        return { body: current };
      }
      if (path === `/api/notices/${NOTICE_ID}/objections`) return { body: { items: [current] } };
      if (path === '/api/notices') return { body: { items: url.searchParams.get('challengeId') === EVAL_CHALLENGE ? [notice()] : [] } };
      if (path.endsWith('/awards')) return { body: { items: [] } };
      if (path.endsWith('/ranking')) return { body: ranking() };
      return { body: evalChallenge() };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderNotice();

    // The objections load after the notices: allow for a busy machine.
    expect(await screen.findByText('0574-88990011', {}, { timeout: 5000 })).toBeTruthy();
    const objections = screen.getByRole('table', { name: '异议' });
    expect(within(objections).getByText('待处理')).toBeTruthy();
    expect(screen.getByText('公示中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确定揭榜成功' })).toBeNull();
    expect(screen.getByText('公示结束且异议处理完毕后，方可确定揭榜成功。')).toBeTruthy();

    // A text query: a role query here walks the whole antd tree for accessible names and takes minutes in jsdom.
    fireEvent.click(within(objections).getByText('处理异议'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '作出处理' }));
    expect(await within(dialog).findByText('请选择处理结论')).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('异议成立'));
    expect(await within(dialog).findByText('异议成立的，所涉申请将不予立项')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('处理意见'), { target: { value: '经核查，异议属实。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '作出处理' }));

    expect(await screen.findByText('异议已处理')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([{ method: 'POST', path: `/api/objections/${OBJECTION_ID}/rule`, body: { decision: 'uphold', ruling: '经核查，异议属实。', version: 1 } }]);
    await waitFor(() => expect(within(screen.getByRole('table', { name: '异议' })).getByText('异议成立')).toBeTruthy());
  });

  it('awards only when the challenge offers it, then opens negotiation and links to the contract', async () => {
    let awards: Award[] = [];
    let challengeActions = ['award'];
    const { fetchMock, sent } = recordingFetch(({ method, path }) => {
      if (path.endsWith('/award') && method === 'POST') {
        awards = [award()];
        challengeActions = [];
        return { body: { challengeId: EVAL_CHALLENGE, challengeStatus: 'awarded', challengeVersion: 8, raceMode: false, awards } };
      }
      if (path === `/api/awards/${AWARD_ID}/contract` && method === 'POST') {
        awards = [award({ contractId: CONTRACT, actions: [] })];
        return { status: 201, body: { id: CONTRACT } };
      }
      if (path === '/api/notices') return { body: { items: [notice({ status: 'closed', actions: ['list_objections'], objectionsCount: 0 })] } };
      if (path.endsWith('/objections')) return { body: { items: [] } };
      if (path.endsWith('/awards')) return { body: { items: awards } };
      if (path.endsWith('/results')) return { body: { challengeId: EVAL_CHALLENGE, challengeTitle: 'x', challengeStatus: 'awarded', winners: [] } };
      if (path.endsWith('/ranking')) return { body: ranking() };
      return { body: evalChallenge({ actions: challengeActions, status: challengeActions.length ? 'under_review' : 'awarded' }) };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderNotice();

    expect(await screen.findByText('暂未收到异议', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '确定揭榜成功' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定' }));
    expect(await screen.findByText('已确定揭榜成功')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '确定揭榜成功' })).toBeNull());

    fireEvent.click(await screen.findByRole('button', { name: '开启对接洽谈' }));
    const popovers = await screen.findAllByRole('tooltip');
    fireEvent.click(within(popovers.at(-1)!).getByRole('button', { name: '确定' }));
    const link = await screen.findByRole('link', { name: '查看任务书' });
    expect(link.getAttribute('href')).toBe(`/contracts/${CONTRACT}`);
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/challenges/${EVAL_CHALLENGE}/award`, body: { version: 7 } },
      { method: 'POST', path: `/api/awards/${AWARD_ID}/contract`, body: {} },
    ]);
  });
});
