import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { renderPage } from '@/testing/render';
import { CHALLENGE_ID, challenge, me, ORG_ID } from './fixtures';
import NewBidRoute from './new-bid';

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers the bid form's reads (the challenge with these review terms); writes go to `write` (which may throw, like a dropped connection). */
export function serverWith(write: (url: URL, init: RequestInit | undefined) => Promise<Response>, reviewTerms = challenge.reviewTerms) {
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if ((init?.method ?? 'GET') !== 'GET') return write(url, init);
    if (url.pathname === '/api/auth/me') return json(me);
    if (url.pathname === `/api/organisations/${ORG_ID}/members`) return json({ items: [{ id: me.userId, displayName: '陈经办', roles: ['bidder_org'] }] });
    if (url.pathname === `/api/organisations/${ORG_ID}`) return json({ id: ORG_ID, name: '东海理工大学' });
    if (url.pathname === `/api/challenges/${CHALLENGE_ID}`) return json({ ...challenge, reviewTerms });
    return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
  });
}

export const renderForm = () =>
  renderPage(
    <Routes>
      <Route path="/bidder/challenges/:challengeId/bid" element={<NewBidRoute />} />
    </Routes>,
    { route: `/bidder/challenges/${CHALLENGE_ID}/bid` },
  );

export const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Every required field of the form filled with a valid answer. */
export async function fillCompleteBid() {
  await screen.findByLabelText('方案名称');
  type('方案名称', '基于数字孪生的热误差实时补偿系统');
  type('技术方案', '建立主轴热变形数字孪生模型。');
  type('承诺值：热误差（μm）', '4');
  type('承诺值：适配机型（种）', '3');
  type('申请经费（万元）', '300');
  type('牵头单位任务', '总体方案');
}
