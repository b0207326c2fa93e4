import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DefenceSchedule } from '@/features/reviews/types';
import { mockFetch, renderPage } from '@/testing/render';
import ExpertAssignmentsRoute from './assignments';
import { assignments, BID_ID, PANEL_ID } from './fixtures';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };
const TITLE = '五轴联动数控机床高精度热误差补偿技术';

/** Records the bodies posted while answering the fetches like the server would. */
function serve(answer: (url: URL) => { status?: number; body: unknown }) {
  const posted: { path: string; body: unknown }[] = [];
  const { fetchMock } = mockFetch(answer);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'POST') posted.push({ path: new URL(String(input), 'http://localhost').pathname, body: JSON.parse(String(init.body)) });
    return fetchMock(input, init);
  });
  return posted;
}

const invitationCard = async () => (await screen.findByText(TITLE, undefined, SLOW)).closest('.ant-card') as HTMLElement;

describe('评审邀请 on 我的评审任务', () => {
  it('shows an open invitation with the challenge, role and period but no bid, and accepts it only with both declarations', async () => {
    const posted = serve((url) => (url.pathname.endsWith('/invitation/accept') ? { body: assignments().items[0] } : { body: assignments({ invitationStatus: 'invited', reviewPeriod: { from: '2026-12-01T01:00:00.000Z', to: '2026-12-01T06:00:00.000Z' } }) }));
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });
    const card = await invitationCard();
    expect(within(card).getByText('待确认')).toBeTruthy();
    expect(within(card).getByText('高端装备')).toBeTruthy();
    expect(within(card).getByText('产业专家')).toBeTruthy();
    expect(within(card).getByText('2 项')).toBeTruthy();
    expect(within(card).getByText('2026-12-01 09:00 至 2026-12-01 14:00（北京时间）')).toBeTruthy();
    expect(screen.queryByText('基于数字孪生的热误差实时补偿方案')).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: '接受邀请' }));
    const dialog = await screen.findByRole('dialog', { name: '接受评审邀请' }, SLOW);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认接受' }));
    expect(await within(dialog).findAllByText('请确认此项声明', undefined, SLOW)).toHaveLength(2);
    expect(posted).toEqual([]);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^本人与该榜单的需求方、揭榜单位及其人员不存在回避情形/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^本人承诺对评审材料和结果保密/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: '确认接受' }));
    await waitFor(() => expect(posted).toEqual([{ path: `/api/panels/${PANEL_ID}/invitation/accept`, body: { noConflictDeclared: true, confidentialityPledged: true } }]));
  });

  it('declines with a reason and the conflict declaration', async () => {
    const posted = serve((url) => (url.pathname.endsWith('/invitation/decline') ? { body: { ...assignments({ invitationStatus: 'invited' }).items[0], invitationStatus: 'declined', actions: [] } } : { body: assignments({ invitationStatus: 'invited' }) }));
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });
    const card = await invitationCard();
    expect(within(card).getByText('待定，答辩安排发布后通知')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '谢绝邀请' }));
    const dialog = await screen.findByRole('dialog', { name: '谢绝评审邀请' }, SLOW);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认谢绝' }));
    expect(await within(dialog).findByText('请填写谢绝理由', undefined, SLOW)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('谢绝理由'), { target: { value: '本人近三年与揭榜单位有合作' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '因存在回避情形' }));
    expect(await within(dialog).findByText('勾选后，本榜单的所有揭榜方案都将对您回避。', undefined, SLOW)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认谢绝' }));
    await waitFor(() => expect(posted).toEqual([{ path: `/api/panels/${PANEL_ID}/invitation/decline`, body: { reason: '本人近三年与揭榜单位有合作', conflictDeclared: true } }]));
  });

  it('shows the server’s field error next to the declaration it names', async () => {
    serve((url) =>
      url.pathname.endsWith('/invitation/accept')
        ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid body', issues: [{ path: 'body.confidentialityPledged', message: 'must be true: the confidentiality pledge is required to review' }] } } }
        : { body: assignments({ invitationStatus: 'invited' }) },
    );
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });
    fireEvent.click(within(await invitationCard()).getByRole('button', { name: '接受邀请' }));
    const dialog = await screen.findByRole('dialog', { name: '接受评审邀请' }, SLOW);
    for (const checkbox of within(dialog).getAllByRole('checkbox')) fireEvent.click(checkbox);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认接受' }));
    expect(await within(dialog).findByText('must be true: the confidentiality pledge is required to review', undefined, SLOW)).toBeTruthy();
  });

  it('shows an accepted panel’s bids and its defence schedule, numbered in a blind programme', async () => {
    const schedule: DefenceSchedule = {
      panelId: PANEL_ID,
      challengeId: '5c472bc9-7855-4161-857c-8d49e9331ca8',
      challengeTitle: TITLE,
      panelStatus: 'scoring',
      blind: true,
      slots: [
        { id: '6f0b3c44-6c1f-4c5c-8d2b-1c5d8a7e6f01', panelId: PANEL_ID, bidId: BID_ID, sequence: 1, bidTitle: null, leadOrgName: null, startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T01:30:00.000Z', format: 'online', venue: '腾讯会议 123-456', status: 'scheduled', note: '', version: 1, actions: [], timeline: [] },
      ],
      schedulableBids: [],
      actions: [],
    };
    serve((url) => (url.pathname === `/api/panels/${PANEL_ID}/defences` ? { body: schedule } : { body: assignments() }));
    renderPage(<ExpertAssignmentsRoute />, { route: '/expert' });
    expect(await screen.findByText('已接受', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('基于数字孪生的热误差实时补偿方案')).toBeTruthy();
    const row = (await screen.findByText('答辩单位 1', undefined, SLOW)).closest('tr') as HTMLElement;
    expect(within(row).getByText('2026-12-01 09:00–09:30')).toBeTruthy();
    expect(within(row).getByText('线上路演')).toBeTruthy();
    expect(screen.getByText('本计划实行盲评，答辩单位以序号代称。')).toBeTruthy();
  });
});
