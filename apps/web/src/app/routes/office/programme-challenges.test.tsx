import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeProgrammeChallengesRoute from './programme-challenges';
import { challengeRow } from './challenge-fixtures';
import { CHALLENGE, PROGRAMME, programme } from './fixtures';

const SLOW = { timeout: 5000 };
const OTHER = '6a1f8f0e-0c55-4b0e-9d0c-3c7b4f1e2d90';

const renderList = () =>
  renderPage(
    <Routes>
      <Route path="/office/programmes/:id/challenges" element={<OfficeProgrammeChallengesRoute />} />
      <Route path="/office/programmes/:id/challenges/new" element={<p>builder</p>} />
    </Routes>,
    { route: `/office/programmes/${PROGRAMME}/challenges` },
  );

describe('the challenges of a programme, for its officers', () => {
  it('lists every status with links to each challenge, and drafts a new one when the programme offers it', async () => {
    const { fetchMock } = mockFetch((url) =>
      url.pathname.endsWith('/challenges')
        ? { body: { items: [challengeRow(), challengeRow({ id: OTHER, code: 'NB-2026-JBGS-002', title: '车规级高精度 MEMS 惯性测量单元', status: 'published', publishedAt: '2026-03-01T02:00:00.000Z' })] } }
        : { body: programme({ actions: ['create_challenge'] }) },
    );
    vi.stubGlobal('fetch', fetchMock);
    renderList();

    const draft = await screen.findByRole('link', { name: '新能源汽车电驱系统缺陷在线视觉检测' }, SLOW);
    expect(draft.getAttribute('href')).toBe(`/office/challenges/${CHALLENGE}`);
    expect(screen.getByText('起草中')).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看投标' }).getAttribute('href')).toBe(`/office/challenges/${OTHER}/bids`);

    fireEvent.click(screen.getByText(/^揭榜中 1$/));
    expect(screen.queryByRole('link', { name: '新能源汽车电驱系统缺陷在线视觉检测' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /新建榜单/ }));
    expect(await screen.findByText('builder')).toBeTruthy();
  });

  it('has no button to draft when the server does not offer it', async () => {
    const { fetchMock } = mockFetch((url) => (url.pathname.endsWith('/challenges') ? { body: { items: [] } } : { body: programme({ actions: [] }) }));
    vi.stubGlobal('fetch', fetchMock);
    renderList();
    expect(await screen.findByText('本计划还没有榜单。', undefined, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建榜单/ })).toBeNull();
  });
});
