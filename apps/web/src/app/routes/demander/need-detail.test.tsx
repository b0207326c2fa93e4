import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { need, NEED_ID } from './fixtures';
import NeedDetailRoute from './need-detail';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };

describe('a need', () => {
  it('shows the server’s actions and submits with the version read after a confirmation', async () => {
    let current = need();
    const bodies: unknown[] = [];
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname.endsWith('/attachments')) return { body: { items: [], actions: [] } };
      if (url.pathname.endsWith('/submit')) current = need({ status: 'submitted', version: 2, actions: [], submittedAt: '2026-11-03T02:00:00.000Z', timeline: [...need().timeline, { seq: 2, type: 'need.submit', occurredAt: '2026-11-03T02:00:00.000Z', actorName: '王经理', payload: { from: 'draft', to: 'submitted' } }] });
      return { body: current };
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)));
        return fetchMock(input, init);
      }),
    );
    renderPage(
      <Routes>
        <Route path="/demander/needs/:id" element={<NeedDetailRoute />} />
      </Routes>,
      { route: `/demander/needs/${NEED_ID}` },
    );

    expect(await screen.findByRole('heading', { name: '五轴机床热误差在线补偿' }, SLOW)).toBeTruthy();
    expect(screen.getByText('创建需求')).toBeTruthy();
    expect(screen.getByText('120万元（¥1,200,000）')).toBeTruthy();
    expect(screen.getByText(/^编\s*辑$/).closest('a')?.getAttribute('href')).toBe(`/demander/needs/${NEED_ID}/edit`);
    fireEvent.click(screen.getByRole('button', { name: /提交需求/ }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(bodies).toEqual([{ version: 1 }]));
    expect(await screen.findByText('提交需求', { selector: 'strong, span' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /提交需求/ })).toBeNull());
    expect(screen.queryByText(/^编\s*辑$/)).toBeNull();
  });
});
