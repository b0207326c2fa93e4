import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeChallengeRoute from './challenge';
import { challenge } from './challenge-fixtures';
import { CHALLENGE } from './fixtures';
import type { Challenge } from '@/features/challenge-office/types';

const SLOW = { timeout: 5000 };
const NEXT = '9d7a0c4e-1a7e-4a51-9a51-5d3b1f0f2a11';

function serve(answer: (url: URL, init: RequestInit | undefined) => { status?: number; body: unknown }) {
  const posts: { path: string; body: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      if (init?.method === 'POST') posts.push({ path: url.pathname, body: JSON.parse(String(init.body)) as Record<string, unknown> });
      return mockFetch((u) => answer(u, init)).fetchMock(input, init);
    }),
  );
  return posts;
}

const renderAt = (id: string) =>
  renderPage(
    <Routes>
      <Route path="/office/challenges/:id" element={<OfficeChallengeRoute />} />
    </Routes>,
    { route: `/office/challenges/${id}` },
  );

describe('the office challenge page', () => {
  it('offers exactly the server’s actions and publishes after confirmation with the version read', async () => {
    let current: Challenge = challenge();
    const posts = serve((url, init) => {
      if (init?.method === 'POST' && url.pathname.endsWith('/publish')) {
        current = challenge({ status: 'published', version: 5, publishedAt: '2026-03-03T02:00:00.000Z', actions: ['cancel'] });
        return { body: current };
      }
      return { body: current };
    });
    renderAt(CHALLENGE);

    expect(await screen.findByRole('heading', { name: '新能源汽车电驱系统缺陷在线视觉检测' }, SLOW)).toBeTruthy();
    expect(screen.getByRole('button', { name: '发榜' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '退回修改' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '撤榜' })).toBeTruthy();
    for (const absent of ['提交内部审核', '审核通过', '编辑', '截止揭榜', '开始评审', '宣布流榜', '重新发榜']) expect(screen.queryByRole('button', { name: absent })).toBeNull();
    // The office tabs lead to the bids, review and notice pages of this challenge.
    expect(screen.getByRole('link', { name: '投标' }).getAttribute('href')).toBe(`/office/challenges/${CHALLENGE}/bids`);
    expect(screen.getByRole('link', { name: '公示与立项' }).getAttribute('href')).toBe(`/office/challenges/${CHALLENGE}/notice`);

    fireEvent.click(screen.getByRole('button', { name: '发榜' }));
    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText('正式发榜？')).toBeTruthy();
    expect(posts).toEqual([]); // nothing is sent before the confirmation
    fireEvent.click(within(confirm).getByRole('button', { name: '发榜' }));

    await waitFor(() => expect(posts).toEqual([{ path: `/api/challenges/${CHALLENGE}/publish`, body: { version: 4 } }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: '发榜' })).toBeNull());
    expect(screen.getAllByText('揭榜中').length).toBeGreaterThan(0);
  });

  it('cancels only with a reason, and shows a refused step’s rule in plain words', async () => {
    const posts = serve((url, init) => {
      if (init?.method === 'POST') return { status: 409, body: { error: { code: 'RULE_VIOLATION', rule: 'programme.not_active', message: 'Programme is closed; challenges are published only while it is active' } } };
      return { body: challenge({ status: 'published', actions: ['cancel'] }) };
    });
    renderAt(CHALLENGE);

    fireEvent.click(await screen.findByRole('button', { name: '撤榜' }, SLOW));
    const dialog = await screen.findByRole('dialog');
    const ok = within(dialog).getAllByRole('button', { name: /撤\s*榜/ }).at(-1) as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('撤榜原因（必填，将在状态进程中公开）'), { target: { value: '需求方企业已自行解决该技术难题' } });
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);

    await waitFor(() => expect(posts).toEqual([{ path: `/api/challenges/${CHALLENGE}/cancel`, body: { version: 4, reason: '需求方企业已自行解决该技术难题' } }]));
    expect(await screen.findByText('计划不在执行期，不能进行此操作。', undefined, SLOW)).toBeTruthy();
  });

  it('re-publishes a 流榜 challenge and opens the new version', async () => {
    const posts = serve((url, init) => {
      if (init?.method === 'POST') return { status: 201, body: challenge({ id: NEXT, code: 'NB-2026-JBGS-008', versionNo: 2, status: 'drafting', previousVersionId: CHALLENGE, version: 1, actions: ['edit', 'submit_for_review', 'cancel'] }) };
      if (url.pathname === `/api/challenges/${NEXT}`) return { body: challenge({ id: NEXT, versionNo: 2, status: 'drafting', previousVersionId: CHALLENGE, version: 1, actions: ['edit', 'submit_for_review', 'cancel'] }) };
      return { body: challenge({ status: 'no_award', actions: ['republish'] }) };
    });
    renderAt(CHALLENGE);

    fireEvent.click(await screen.findByRole('button', { name: '重新发榜' }, SLOW));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '重新发榜' }));
    await waitFor(() => expect(posts).toEqual([{ path: `/api/challenges/${CHALLENGE}/republish`, body: { version: 4 } }]));
    expect(await screen.findByText('第 2 版', undefined, SLOW)).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交内部审核' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '投标' }).getAttribute('href')).toBe(`/office/challenges/${NEXT}/bids`);
  });
});
