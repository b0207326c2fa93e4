import type { Bid, Dashboard, Need, Programme } from '@/features/office/types';
import type { Me } from '@/hooks/use-me';

export const TENANT = '5eb540c9-66dd-4674-8db7-84fbd06f89c1';
export const PROGRAMME = '872ecdda-9669-4946-af17-7b84a52cf27c';
export const NEED = '5c472bc9-7855-4161-857c-8d49e9331ca8';
export const CHALLENGE = 'fb7b7956-3718-4664-ae8e-2609b44a4b41';

export const officer: Me = { userId: '11111111-1111-4111-8111-111111111111', displayName: '张建国', tenantId: TENANT, grants: [{ role: 'programme_owner', tenantId: TENANT, organisationId: null, programmeId: null }] };

export const programme = (overrides: Partial<Programme> = {}): Programme => ({
  id: PROGRAMME,
  tenantId: TENANT,
  tenantName: '宁波市科学技术局',
  code: 'NB-2026-JBGS',
  name: '2026 年度宁波市科技创新“揭榜挂帅”项目',
  mode: 'government_led',
  year: 2026,
  regionCode: '330200',
  description: '',
  presetId: 'ningbo_rd_input',
  policy: {
    eligibility: { regionScope: ['330000'], requireLegalEntity: true, maxBidsPerOrganisation: 3, maxConsortiumMembers: 4, excludePreviousWinners: false, allowForeignOrganisations: false },
    funding: { kind: 'rd_input_subsidy', rateBp: 2000, capFen: 1_000_000_000, minimumBaseFen: null, fixedAmountFen: null, recipient: 'bidder_lead_org' },
    review: {
      rubric: [{ key: 'technical', label: '技术方案先进性', weightBp: 6000 }, { key: 'team', label: '团队能力', weightBp: 4000 }],
      minScoresPerBid: 5,
      disagreementThreshold: 20,
      panelQuotas: { technical: 3, industry: 1, finance: 1, legal: 0 },
      blindReview: false,
      recusal: { sameOrganisation: true, collaborationYears: 3, relatives: true, avoidListMax: 3, sameRegion: false },
      oneExpertPerOrganisation: true,
    },
    selection: { maxShortlisted: 5, maxWinners: 1, noticePeriodDays: 7 },
    lumpSumBudget: true,
  },
  status: 'active',
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 3,
  actions: [],
  timeline: [{ seq: 1, type: 'programme.created', occurredAt: '2026-01-05T02:00:00.000Z', actorName: '张建国', payload: {} }],
  ...overrides,
});

export const dashboard = (): Dashboard => ({
  programmeId: PROGRAMME,
  counts: {
    needs: { draft: 1, submitted: 2, screening: 1, vetting: 0, pooled: 12, returned: 1, rejected: 1, merged: 0 },
    challenges: { drafting: 1, internal_review: 0, approved: 0, published: 4, closed: 1, under_review: 2, awarded: 3, no_award: 0, cancelled: 0 },
    bids: { draft: 2, submitted: 5, eligibility_check: 0, returned: 0, ineligible: 1, under_review: 3, shortlisted: 2, selected: 3, not_selected: 4, withdrawn: 0 },
    contracts: { negotiation: 0, negotiation_failed: 0, active: 2, under_acceptance: 1, accepted: 0, failed: 0, terminated: 0, closed: 0 },
  },
  money: {
    budgetPublishedFen: 5_000_000_000,
    contractValueFen: 1_500_000_000,
    tranchesFen: { locked: 100, unlocked: 0, paid: 450_000_000, cancelled: 0 },
    payoutsFen: { computed: 0, approved: 30_000_000, paid: 100_000_000, cancelled: 0 },
  },
});

export const need = (overrides: Partial<Need> = {}): Need => ({
  id: NEED,
  programmeId: PROGRAMME,
  demanderOrgId: '22222222-2222-4222-8222-222222222222',
  demanderOrgName: '宁波某汽车零部件有限公司',
  title: '新能源汽车电驱系统缺陷在线视觉检测',
  category: 'key_core_technology',
  field: '智能制造',
  industrialChain: '汽车及零部件',
  problemStatement: '现有人工目检漏检率高。',
  applicationScenario: '',
  indicators: [{ key: 'accuracy', name: '检出率', unit: '%', baseline: 90, target: 99, threshold: 97, weightBp: 10_000, direction: 'higher_is_better', testMethod: '第三方检测' }],
  coFundingFen: 50_000_000,
  isBasicResearch: false,
  status: 'submitted',
  mergedIntoId: null,
  vettingOpinion: null,
  submittedAt: '2026-03-01T02:00:00.000Z',
  createdAt: '2026-02-28T02:00:00.000Z',
  version: 2,
  actions: ['start_screening', 'return', 'reject'],
  timeline: [
    { seq: 1, type: 'need.created', occurredAt: '2026-02-28T02:00:00.000Z', actorName: '李需求', payload: {} },
    { seq: 2, type: 'need.submit', occurredAt: '2026-03-01T02:00:00.000Z', actorName: '李需求', payload: { from: 'draft', to: 'submitted' } },
  ],
  ...overrides,
});

export const bid = (overrides: Partial<Bid> = {}): Bid => ({
  id: '33333333-3333-4333-8333-333333333333',
  challengeId: CHALLENGE,
  challengeTitle: '五轴联动数控机床高精度热误差补偿技术',
  programmeId: PROGRAMME,
  leadOrgId: '44444444-4444-4444-8444-444444444444',
  leadOrgName: '东海大学',
  piUserId: '55555555-5555-4555-8555-555555555555',
  piName: '陈教授',
  title: '基于数字孪生的热误差补偿方案',
  technicalProposal: '……',
  indicatorCommitments: [],
  budgetFen: 300_000_000,
  rdInputFen: 900_000_000,
  isConsortium: false,
  members: [],
  piCommitmentSignedAt: '2026-03-01T02:00:00.000Z',
  identityHidden: false,
  avoidedExperts: [],
  status: 'submitted',
  eligibilityReport: null,
  totalScore: null,
  rank: null,
  resubmitBy: null,
  defenceSlot: null,
  submittedAt: '2026-03-02T02:00:00.000Z',
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
  version: 2,
  actions: ['check_eligibility'],
  timeline: [],
  ...overrides,
});
