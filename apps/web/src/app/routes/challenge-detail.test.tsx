import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Challenge } from '@/features/challenges/types';
import { mockFetch, renderPage } from '@/testing/render';
import ChallengeDetailRoute from './challenge-detail';

const ID = 'fb7b7956-3718-4664-ae8e-2609b44a4b41';

const challenge = (overrides: Partial<Challenge> = {}): Challenge => ({
  id: ID,
  code: 'NB-2026-JBGS-005',
  versionNo: 1,
  previousVersionId: null,
  nextVersionId: null,
  programme: { id: '872ecdda-9669-4946-af17-7b84a52cf27c', code: 'NB-2026-JBGS', name: '2026 年度宁波市科技创新“揭榜挂帅”项目', regionCode: '330200' },
  issuer: { tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1', name: '宁波市科学技术局' },
  demanderOrg: { id: '5c472bc9-7855-4161-857c-8d49e9331ca8', name: '宁波鄞州精密数控机床有限公司' },
  designatedOrg: null,
  title: '五轴联动数控机床高精度热误差补偿技术',
  field: '高端装备',
  industrialChain: '机器人与高端装备',
  problemStatement: '主轴与进给系统热伸长导致连续加工 4 小时后定位误差超过 15 μm。',
  applicationScenario: '五轴加工中心批量加工航空铝合金结构件。',
  indicators: [
    { key: 'thermal_error', name: '热误差', unit: 'μm', baseline: 15, target: 5, threshold: 8, weightBp: 6000, direction: 'lower_is_better', testMethod: '第三方检测' },
    { key: 'models', name: '适配机型', unit: '种', baseline: 0, target: 3, threshold: 2, weightBp: 4000, direction: 'higher_is_better', testMethod: '现场验证' },
  ],
  deliverables: ['热误差补偿模块 1 套', '检测报告'],
  durationMonths: 24,
  budgetFen: 500_000_000,
  coFundingFen: 120_000_000,
  allocationMode: 'open_challenge',
  maxWinners: 1,
  raceMode: false,
  bidDeadline: '2099-12-24T01:00:00.000Z',
  ipTerms: '知识产权归揭榜方所有。',
  confidentiality: 'public',
  contact: '宁波市科学技术局 重大专项处',
  funding: {
    scheme: { kind: 'rd_input_subsidy', rateBp: 2000, capFen: 1_000_000_000, minimumBaseFen: null, fixedAmountFen: null, recipient: 'bidder_lead_org' },
    previewForBudget: { eligible: true, amountFen: 100_000_000, uncappedFen: 100_000_000, capped: false, recipient: 'bidder_lead_org', base: 'rd_input', payoutTiming: 'after_acceptance', reason: null, minimumBaseFen: null },
  },
  eligibility: { regionScope: ['330000'], requireLegalEntity: true, maxBidsPerOrganisation: 3, maxConsortiumMembers: 4, excludePreviousWinners: false, allowForeignOrganisations: false },
  reviewTerms: { blindReview: false, avoidListMax: 3 },
  group: null,
  needIds: [],
  status: 'published',
  publishedAt: '2026-11-07T06:19:00.000Z',
  createdAt: '2026-11-01T06:19:00.000Z',
  updatedAt: '2026-11-07T06:19:00.000Z',
  version: 4,
  actions: [],
  timeline: [
    { seq: 1, type: 'challenge.created', occurredAt: '2026-11-01T06:19:00.000Z', actorName: '张建国', payload: {} },
    { seq: 2, type: 'challenge.publish', occurredAt: '2026-11-07T06:19:00.000Z', actorName: '张建国', payload: { from: 'approved', to: 'published', reason: '' } },
  ],
  ...overrides,
});

const renderDetail = () =>
  renderPage(
    <Routes>
      <Route path="/challenges/:id" element={<ChallengeDetailRoute />} />
    </Routes>,
    { route: `/challenges/${ID}` },
  );

describe('a challenge', () => {
  it('shows the terms, the server-computed funding preview, eligibility and the timeline', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: challenge() })).fetchMock);
    renderDetail();
    expect(await screen.findByRole('heading', { name: '五轴联动数控机床高精度热误差补偿技术' })).toBeTruthy();
    expect(screen.getByText('500万元')).toBeTruthy();
    expect(screen.getByText('¥1,000,000')).toBeTruthy(); // the preview, as the server computed it
    expect(screen.getByText('研发投入的 20%')).toBeTruthy();
    expect(screen.getByText('须在浙江省注册')).toBeTruthy();
    expect(screen.getByText('每家单位在本计划中最多申报 3 项')).toBeTruthy();
    expect(screen.getByText('热误差')).toBeTruthy();
    expect(screen.getByText('正式发榜')).toBeTruthy();
    // A visitor gets no actions, so no buttons.
    expect(screen.queryByRole('button', { name: '撤榜' })).toBeNull();
  });

  it('renders exactly the actions the server offers, and runs one with the version read', async () => {
    // The server's state: open with an officer's actions until bidding is closed.
    let current = challenge({ actions: ['close_bidding', 'cancel', 'edit'] });
    const { fetchMock, urls } = mockFetch((url) => {
      if (url.pathname.endsWith('/close-bidding')) current = challenge({ status: 'closed', version: 5, actions: ['start_review', 'cancel'] });
      return { body: current };
    });
    const fetchSpy = vi.fn(fetchMock);
    vi.stubGlobal('fetch', fetchSpy);
    renderDetail();
    const close = await screen.findByRole('button', { name: '截止揭榜' });
    expect(screen.getByRole('button', { name: '撤榜' })).toBeTruthy();
    expect((screen.getByRole('button', { name: '编辑' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(close);
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(urls.some((url) => url.pathname === `/api/challenges/${ID}/close-bidding`)).toBe(true));
    const post = fetchSpy.mock.calls.find(([input]) => String(input).endsWith('/close-bidding'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ version: 4 });
    expect(await screen.findByText('已完成：截止揭榜')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '截止揭榜' })).toBeNull());
    expect(screen.getByRole('button', { name: '开始评审' })).toBeTruthy();
  });

  it('says "not found" when the API hides the challenge', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'Challenge not found' } } })).fetchMock);
    renderDetail();
    expect(await screen.findByText('未找到')).toBeTruthy();
    expect(screen.getByText('内容不存在，或您无权查看。')).toBeTruthy();
  });
});
