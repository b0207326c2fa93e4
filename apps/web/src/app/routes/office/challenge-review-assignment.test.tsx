import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import type { PanelAssignment } from '@/features/assignment/types';
import { AS_PANEL, AS_PROGRAMME, EX_ALTERNATE, EX_INDUSTRY, EX_VISION, panelAssignment, poolExpert } from './assignment-fixtures';
import OfficeChallengeReviewRoute from './challenge-review';
import { EVAL_CHALLENGE, evalChallenge, panel, ranking, recordingFetch, type SentRequest } from './evaluation-fixtures';

const EX_POOL = 'e6e6e6e6-6666-4666-8666-666666666666';

function renderReview(answer: (request: SentRequest) => { status?: number; body: unknown } | undefined) {
  const recorder = recordingFetch((request) => {
    const answered = answer(request);
    if (answered) return answered;
    const { path } = request;
    if (path.endsWith('/ranking')) return { body: ranking({ actions: [] }) };
    if (path.endsWith('/panel')) return { body: panel({ status: 'forming', actions: ['add_member', 'remove_member'] }) };
    if (path === '/api/experts') return { body: { items: [poolExpert(EX_POOL, '严工', 'technical'), poolExpert(EX_INDUSTRY, '黄高工', 'industry')], total: 2, page: 1, pageSize: 100 } };
    return { body: evalChallenge() };
  });
  vi.stubGlobal('fetch', recorder.fetchMock);
  renderPage(
    <Routes>
      <Route path="/office/challenges/:id/review" element={<OfficeChallengeReviewRoute />} />
    </Routes>,
    { route: `/office/challenges/${EVAL_CHALLENGE}/review` },
  );
  return recorder.sent;
}

// The review page is large and antd's CSS-in-JS makes jsdom's getComputedStyle slow: role queries skip the
// visibility check (`hidden: true`) and look inside the element they are about (the card, the popover, the dialog).
const element = (selector: string, timeout = 5000) =>
  waitFor(
    () => {
      const found = document.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`${selector} is not there`);
      return found;
    },
    { timeout },
  );
const card = () => element('.assignment-panel-card');
const seatsTable = async () => within(await card()).getByRole('table', { name: '专家席位', hidden: true });
const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name, { exact: false }).closest('tr')!;
const confirmPopover = async () => fireEvent.click(within(await element('.ant-popconfirm')).getByRole('button', { name: '确定', hidden: true }));

describe('review page: how the panel was assigned (专家遴选与候补)', () => {
  it('shows each seat’s source and affinity with the alternates, and gives a declined seat to the next alternate', async () => {
    let current: PanelAssignment = panelAssignment();
    const sent = renderReview(({ method, path }) => {
      if (path === `/api/panels/${AS_PANEL}/members/${EX_VISION}/replace` && method === 'POST') {
        current = panelAssignment({
          version: 6,
          seats: [
            { ...current.seats[0]!, actions: [] },
            current.seats[1]!,
            { expertUserId: EX_ALTERNATE, displayName: '韩模具', organisationName: '浙江工业大学', panelRole: 'technical', invitationStatus: 'invited', source: 'alternate', affinity: 0.510911, overrideReason: null, actions: ['remove'] },
          ],
          alternates: current.alternates.map((alternate) => ({ ...alternate, taken: true })),
        });
        return { body: current };
      }
      if (path.endsWith('/panel-assignment')) return { body: current };
      return undefined;
    });

    const table = await seatsTable();
    const declined = rowOf(table, '许视觉');
    expect(within(declined).getByText('已谢绝')).toBeTruthy();
    expect(within(declined).getByText('系统遴选')).toBeTruthy();
    expect(within(declined).getByText('0.814')).toBeTruthy();
    // A live seat changes hands only through 调整专家 (with a reason): no 候补递补 on it.
    expect(within(rowOf(table, '黄高工')).queryByRole('button', { name: '候补递补', hidden: true })).toBeNull();
    const assignment = await card();
    expect(within(assignment).getByRole('list', { name: '候补专家', hidden: true }).textContent).toContain('技术专家 #1 韩模具 · 浙江工业大学 · 0.511');
    expect(within(assignment).getByRole('link', { name: '前往专家遴选', hidden: true }).getAttribute('href')).toBe(`/office/programmes/${AS_PROGRAMME}/assignment`);

    fireEvent.click(within(declined).getByRole('button', { name: '候补递补', hidden: true }));
    await confirmPopover();
    expect(await screen.findByText('已由候补专家递补，并发出评审邀请')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([{ method: 'POST', path: `/api/panels/${AS_PANEL}/members/${EX_VISION}/replace`, body: { version: 5 } }]);
    await waitFor(async () => expect(within(rowOf(await seatsTable(), '韩模具')).getByText('候补')).toBeTruthy());
    expect(within(rowOf(await seatsTable(), '韩模具')).getByText('待确认')).toBeTruthy();
    expect(within(rowOf(await seatsTable(), '许视觉')).queryByRole('button', { name: '候补递补', hidden: true })).toBeNull();
    // The review board's own panel view is refreshed too.
    expect(sent.filter((request) => request.path === `/api/challenges/${EVAL_CHALLENGE}/panel`).length).toBeGreaterThan(1);
  });

  it('overrides only with a reason, and shows a recusal refusal in the dialog', async () => {
    const sent = renderReview(({ method, path, body }) => {
      if (path === `/api/panels/${AS_PANEL}/overrides` && method === 'POST') {
        const add = (body as { add?: { expertUserId: string } }).add;
        if (add) return { status: 409, body: { error: { code: 'RULE_VIOLATION', rule: 'review.conflict_of_interest', message: 'The expert must recuse (回避): same_organisation' } } };
        return { body: panelAssignment({ version: 6, seats: [panelAssignment().seats[0]!, { ...panelAssignment().seats[1]!, invitationStatus: 'withdrawn', overrideReason: '专家临时出差', actions: [] }] }) };
      }
      if (path.endsWith('/panel-assignment')) return { body: panelAssignment() };
      return undefined;
    });
    await seatsTable();

    fireEvent.click(within(await card()).getByRole('button', { name: '调整专家', hidden: true }));
    const dialog = await element('.ant-modal');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '增补专家', hidden: true }));
    fireEvent.click(within(await element('.ant-select-dropdown')).getByText('严工 · 宁波工程学院（技术专家，负荷 1/5）'));
    fireEvent.click(within(dialog).getByRole('button', { name: '确认调整', hidden: true }));
    expect(await within(dialog).findByText('请填写调整理由')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '调整理由', hidden: true }), { target: { value: '该专家熟悉压铸工艺' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认调整', hidden: true }));
    expect(await within(dialog).findByText('该专家与本榜单存在回避情形（同单位、近年合作、亲属、申请回避或本人声明），不能参加评审。')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/panels/${AS_PANEL}/overrides`, body: { add: { expertUserId: EX_POOL, panelRole: 'technical' }, reason: '该专家熟悉压铸工艺', version: 5 } },
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: /取\s*消/, hidden: true }));
    await waitFor(() => expect(document.querySelector('.ant-modal')).toBeNull());

    // Withdrawing a seat opens the same dialog with the seat chosen; the reason is still required.
    fireEvent.click(within(rowOf(await seatsTable(), '黄高工')).getByRole('button', { name: '撤回', hidden: true }));
    const second = await element('.ant-modal');
    fireEvent.change(within(second).getByRole('textbox', { name: '调整理由', hidden: true }), { target: { value: '专家临时出差' } });
    fireEvent.click(within(second).getByRole('button', { name: '确认调整', hidden: true }));
    expect(await screen.findByText('专家组已调整')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST').at(-1)).toEqual({ method: 'POST', path: `/api/panels/${AS_PANEL}/overrides`, body: { remove: { expertUserId: EX_INDUSTRY }, reason: '专家临时出差', version: 5 } });
  });
});
