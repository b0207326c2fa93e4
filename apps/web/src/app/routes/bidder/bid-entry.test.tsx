import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import ChallengeDetailRoute from '../challenge-detail';
import { CHALLENGE_ID } from './fixtures';

const challenge = (actions: string[]) => ({
  id: CHALLENGE_ID,
  code: 'NB-2026-JBGS-005',
  versionNo: 1,
  previousVersionId: null,
  nextVersionId: null,
  programme: { id: '872ecdda-9669-4946-af17-7b84a52cf27c', code: 'NB-2026-JBGS', name: '2026 年度宁波市科技创新“揭榜挂帅”项目', regionCode: '330200' },
  issuer: { tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1', name: '宁波市科学技术局' },
  demanderOrg: null,
  designatedOrg: null,
  title: '五轴联动数控机床高精度热误差补偿技术',
  field: '高端装备',
  industrialChain: null,
  problemStatement: '主轴热伸长。',
  applicationScenario: null,
  indicators: [],
  deliverables: [],
  durationMonths: 24,
  budgetFen: 500_000_000,
  coFundingFen: 0,
  allocationMode: 'open_challenge',
  maxWinners: 1,
  raceMode: false,
  bidDeadline: '2099-12-24T01:00:00.000Z',
  ipTerms: '',
  confidentiality: 'public',
  contact: '',
  funding: {
    scheme: { kind: 'rd_input_subsidy', rateBp: 2000, capFen: 1_000_000_000, minimumBaseFen: null, fixedAmountFen: null, recipient: 'bidder_lead_org' },
    previewForBudget: { eligible: true, amountFen: 100_000_000, uncappedFen: 100_000_000, capped: false, recipient: 'bidder_lead_org', base: 'rd_input', payoutTiming: 'after_acceptance', reason: null, minimumBaseFen: null },
  },
  eligibility: { regionScope: [], requireLegalEntity: true, maxBidsPerOrganisation: 3, maxConsortiumMembers: 4, excludePreviousWinners: false, allowForeignOrganisations: true },
  reviewTerms: { blindReview: false, avoidListMax: 3 },
  group: null,
  needIds: [],
  status: 'published',
  publishedAt: '2026-11-07T06:19:00.000Z',
  createdAt: '2026-11-01T06:19:00.000Z',
  updatedAt: '2026-11-07T06:19:00.000Z',
  version: 4,
  actions,
  timeline: [],
});

const renderDetail = () =>
  renderPage(
    <Routes>
      <Route path="/challenges/:id" element={<ChallengeDetailRoute />} />
    </Routes>,
    { route: `/challenges/${CHALLENGE_ID}` },
  );

describe('揭榜 on a challenge', () => {
  it('links to the bid form when the server offers `bid`', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: challenge(['bid']) })).fetchMock);
    renderDetail();
    const button = await screen.findByRole('button', { name: /揭榜/ });
    expect(button.closest('a')?.getAttribute('href')).toBe(`/bidder/challenges/${CHALLENGE_ID}/bid`);
  });

  it('shows no such button without the action', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: challenge([]) })).fetchMock);
    renderDetail();
    expect(await screen.findByRole('heading', { name: '五轴联动数控机床高精度热误差补偿技术' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^揭榜$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^flag 揭榜$|^揭榜$/ })).toBeNull();
  });
});
