import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeChallengeNewRoute from './challenge-new';
import { NEED, PROGRAMME, need, programme } from './fixtures';

const SLOW = { timeout: 5000 };

describe('the challenge builder', () => {
  it('drafts from a pooled need, sends money in fen and the deadline as the end of the Beijing day, and shows server field errors at their fields', async () => {
    const posts: { path: string; body: Record<string, unknown> }[] = [];
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname === `/api/programmes/${PROGRAMME}`) return { body: programme({ actions: ['create_challenge'], policy: { ...programme().policy, selection: { maxShortlisted: 5, maxWinners: 3, noticePeriodDays: 7 } } }) };
      if (url.pathname.endsWith('/needs')) return { body: { items: [need({ status: 'pooled', actions: [] })] } };
      if (url.pathname.endsWith('/challenge-groups')) return { body: { items: [] } };
      if (url.pathname.endsWith('/funding-preview')) return { body: { eligible: true, amountFen: 60_100_000, uncappedFen: 60_100_000, capped: false, recipient: 'bidder_lead_org', base: 'rd_input', payoutTiming: 'after_acceptance', reason: null, minimumBaseFen: null } };
      return {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid body', issues: [{ path: 'body.maxWinners', message: 'the programme allows at most 3 winner(s) per challenge' }, { path: 'body.budgetFen', message: 'is required' }] } },
      };
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'POST') posts.push({ path: new URL(String(input), 'http://localhost').pathname, body: JSON.parse(String(init.body)) as Record<string, unknown> });
        return fetchMock(input, init);
      }),
    );
    renderPage(
      <Routes>
        <Route path="/office/programmes/:id/challenges/new" element={<OfficeChallengeNewRoute />} />
      </Routes>,
      { route: `/office/programmes/${PROGRAMME}/challenges/new` },
    );

    // Choosing the first pooled need fills the form from it.
    fireEvent.click(await screen.findByLabelText('选择需求：新能源汽车电驱系统缺陷在线视觉检测', undefined, SLOW));
    await waitFor(() => expect((screen.getByLabelText('榜单名称') as HTMLInputElement).value).toBe('新能源汽车电驱系统缺陷在线视觉检测'));
    expect((screen.getByLabelText('指标 1 · 指标名称') as HTMLInputElement).value).toBe('检出率');
    expect((screen.getByLabelText('需求方配套资金（万元）') as HTMLInputElement).value).toBe('50');

    fireEvent.change(screen.getByLabelText('交付成果 1'), { target: { value: '在线检测系统 1 套' } });
    fireEvent.change(screen.getByLabelText('揭榜金额（万元）'), { target: { value: '300.5' } });
    fireEvent.change(screen.getByLabelText('拟支持团队数'), { target: { value: '2' } });
    const deadline = screen.getByLabelText('揭榜截止日期');
    fireEvent.mouseDown(deadline);
    fireEvent.change(deadline, { target: { value: '2031-06-30' } });
    fireEvent.keyDown(deadline, { key: 'Enter', code: 'Enter' });

    // The server computes what the scheme pays on the typed budget.
    expect(await screen.findByText('¥601,000', undefined, SLOW)).toBeTruthy();
    expect(posts.find((post) => post.path.endsWith('/funding-preview'))?.body).toEqual({ baseFen: 300_500_000 });

    fireEvent.click(screen.getByRole('button', { name: /保存为草稿/ }));
    await waitFor(() => expect(posts.some((post) => post.path.endsWith('/challenges'))).toBe(true), SLOW);
    const sent = posts.find((post) => post.path === `/api/programmes/${PROGRAMME}/challenges`)?.body;
    expect(sent).toMatchObject({
      needIds: [NEED],
      groupId: null,
      title: '新能源汽车电驱系统缺陷在线视觉检测',
      field: '智能制造',
      budgetFen: 300_500_000,
      coFundingFen: 50_000_000,
      bidDeadline: '2031-06-30T15:59:59.999Z',
      allocationMode: 'open_challenge',
      designatedOrgId: null,
      maxWinners: 2,
      deliverables: ['在线检测系统 1 套'],
      confidentiality: 'public',
      indicators: [{ key: 'accuracy', name: '检出率', target: 99, weightBp: 10_000 }],
    });

    // Each 400 issue shows under its own field, in Chinese.
    const winnersItem = screen.getByLabelText('拟支持团队数').closest('.ant-form-item') as HTMLElement;
    expect(await within(winnersItem).findByText('本计划每个榜单最多支持 3 支团队', undefined, SLOW)).toBeTruthy();
    const budgetItem = screen.getByLabelText('揭榜金额（万元）').closest('.ant-form-item') as HTMLElement;
    expect(within(budgetItem).getByText('必填')).toBeTruthy();
    expect(screen.getByText('未能保存')).toBeTruthy();
  });

  it('says so when the programme does not offer drafting a challenge', async () => {
    const { fetchMock } = mockFetch(() => ({ body: programme({ actions: [] }) }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(
      <Routes>
        <Route path="/office/programmes/:id/challenges/new" element={<OfficeChallengeNewRoute />} />
      </Routes>,
      { route: `/office/programmes/${PROGRAMME}/challenges/new` },
    );
    expect(await screen.findByText('当前不能在本计划中新建榜单', undefined, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保存为草稿/ })).toBeNull();
  });
});
