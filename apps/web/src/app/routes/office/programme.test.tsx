import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { PROGRAMME, programme } from './fixtures';
import OfficeProgrammeRoute from './programme';

const renderProgramme = () =>
  renderPage(
    <Routes>
      <Route path="/office/programmes/:id" element={<OfficeProgrammeRoute />} />
    </Routes>,
    { route: `/office/programmes/${PROGRAMME}` },
  );

const preview = { eligible: true, amountFen: 100_000_000, uncappedFen: 100_000_000, capped: false, recipient: 'bidder_lead_org', base: 'rd_input', payoutTiming: 'after_acceptance', reason: null, minimumBaseFen: null };

describe('a programme in the office', () => {
  it('shows the policy in words and the server’s funding preview for the base typed in 万元', async () => {
    const bodies: unknown[] = [];
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname.endsWith('/funding-preview')) return { body: preview };
      if (url.pathname === '/api/policy-presets') return { body: { items: [{ id: 'ningbo_rd_input', label: '宁波：研发投入补助', source: '宁波市', policy: programme().policy }] } };
      return { body: programme() };
    });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/funding-preview')) bodies.push(JSON.parse(String(init?.body)));
      return fetchMock(input, init);
    });
    renderProgramme();
    expect(await screen.findByRole('heading', { name: '2026 年度宁波市科技创新“揭榜挂帅”项目' })).toBeTruthy();
    expect(screen.getByText('技术方案先进性')).toBeTruthy();
    expect(await screen.findByText('计划政策（模板：宁波：研发投入补助）')).toBeTruthy();
    expect(screen.getByText('7 天')).toBeTruthy();
    expect(screen.getByText('每家单位在本计划中最多申报 3 项')).toBeTruthy();
    // No edit_policy in the actions: no edit button.
    expect(screen.queryByRole('button', { name: '修改政策' })).toBeNull();
    fireEvent.change(screen.getByLabelText('测算基数'), { target: { value: '12.5' } });
    await waitFor(() => expect(bodies).toContainEqual({ baseFen: 12_500_000 }));
    expect(await screen.findByText('¥1,000,000')).toBeTruthy();
  });

  it('puts the server’s field errors next to the policy fields', async () => {
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname.endsWith('/funding-preview')) return { body: preview };
      if (url.pathname === '/api/policy-presets') return { body: { items: [] } };
      if (url.pathname.endsWith('/policy'))
        return {
          status: 400,
          body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid', issues: [{ path: 'body.review.rubric', message: 'rubric weights must sum to 10000' }, { path: 'body.selection.noticePeriodDays', message: 'must be at least 5 days' }] } },
        };
      return { body: programme({ actions: ['edit_policy'] }) };
    });
    const spy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', spy);
    renderProgramme();
    fireEvent.click(await screen.findByRole('button', { name: '修改政策' }));
    fireEvent.click(await screen.findByRole('button', { name: '保存政策' }));
    expect(await screen.findByText('must be at least 5 days', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('rubric weights must sum to 10000')).toBeTruthy();
    const put = spy.mock.calls.find(([input]) => String(input).endsWith('/policy'));
    // Money and shares go back exactly as the server sent them: fen and basis points.
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({ version: 3, funding: { rateBp: 2000, capFen: 1_000_000_000, minimumBaseFen: null }, review: { rubric: [{ weightBp: 6000 }, { weightBp: 4000 }] } });
  });
});

describe('the programme’s panel, blind review and recusal settings', () => {
  it('shows the panel seats, blind review and every recusal rule in words', async () => {
    const { fetchMock } = mockFetch((url) => (url.pathname.endsWith('/funding-preview') ? { body: preview } : url.pathname === '/api/policy-presets' ? { body: { items: [] } } : { body: programme() }));
    vi.stubGlobal('fetch', fetchMock);
    renderProgramme();
    expect(await screen.findByText('专家遴选与回避', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('技术专家 3 席、产业专家 1 席、财务专家 1 席（共 5 席）')).toBeTruthy();
    expect(screen.getByText('不实行')).toBeTruthy();
    expect(screen.getByText('同一单位专家每组至多 1 人').closest('tr')?.textContent).toContain('实行');
    expect(screen.getByText('近 3 年')).toBeTruthy();
    expect(screen.getByText('每项申请最多 3 人')).toBeTruthy();
    // Same unit and relatives on, same region off.
    expect(screen.getAllByText('回避')).toHaveLength(2);
    expect(screen.getByText('不回避')).toBeTruthy();
  });

  it('edits them and sends them with the policy; the server’s quota error shows at the seats', async () => {
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname.endsWith('/funding-preview')) return { body: preview };
      if (url.pathname === '/api/policy-presets') return { body: { items: [] } };
      if (url.pathname.endsWith('/policy')) {
        return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid', issues: [{ path: 'body.review.panelQuotas', message: 'the panel seats (4) must be at least the scores each bid needs (minScoresPerBid 5)' }] } } };
      }
      return { body: programme({ actions: ['edit_policy'] }) };
    });
    const spy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', spy);
    renderProgramme();
    fireEvent.click(await screen.findByRole('button', { name: '修改政策' }));
    const card = (await screen.findAllByText('专家遴选与回避')).map((title) => title.closest('.ant-card')).find(Boolean) as HTMLElement;
    fireEvent.change(within(card).getByLabelText('财务专家'), { target: { value: '0' } });
    fireEvent.click(within(card).getByRole('switch', { name: '盲评' }));
    fireEvent.click(within(card).getByRole('switch', { name: '同一单位专家每组至多 1 人' }));
    fireEvent.click(within(card).getByRole('switch', { name: '同地区回避（同一地级市）' }));
    fireEvent.change(within(card).getByLabelText('申请回避专家上限'), { target: { value: '2' } });
    fireEvent.change(within(card).getByLabelText('合作关系回避（合作申报、合作项目、申报的合作关系）'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: '保存政策' }));
    expect(await screen.findByText(/the panel seats \(4\)/, {}, { timeout: 5000 })).toBeTruthy();
    const put = spy.mock.calls.find(([input]) => String(input).endsWith('/policy'));
    expect(JSON.parse(String(put?.[1]?.body)).review).toMatchObject({
      panelQuotas: { technical: 3, industry: 1, finance: 0, legal: 0 },
      blindReview: true,
      oneExpertPerOrganisation: false,
      recusal: { sameOrganisation: true, collaborationYears: 5, relatives: true, avoidListMax: 2, sameRegion: true },
    });
  });
});
