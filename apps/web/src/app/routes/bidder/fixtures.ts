import type { Bid } from '@/features/bids/types';

export const CHALLENGE_ID = 'fb7b7956-3718-4664-ae8e-2609b44a4b41';
export const ORG_ID = '5c472bc9-7855-4161-857c-8d49e9331ca8';
export const USER_ID = '9d0c3f7e-1b61-4c55-8f4a-2f0d0c6f1e01';
export const BID_ID = '2b1f6a4e-9c1d-4f8e-a0e2-7c0a3d5b9e11';

export const me = {
  userId: USER_ID,
  displayName: '陈经办',
  tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1',
  grants: [{ role: 'bidder_org', tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1', organisationId: ORG_ID, programmeId: null }],
};

export const challenge = {
  id: CHALLENGE_ID,
  code: 'NB-2026-JBGS-005',
  title: '五轴联动数控机床高精度热误差补偿技术',
  indicators: [
    { key: 'thermal_error', name: '热误差', unit: 'μm', baseline: 15, target: 5, threshold: 8, weightBp: 6000, direction: 'lower_is_better', testMethod: '第三方检测' },
    { key: 'models', name: '适配机型', unit: '种', baseline: 0, target: 3, threshold: 2, weightBp: 4000, direction: 'higher_is_better', testMethod: '现场验证' },
  ],
  status: 'published',
  reviewTerms: { blindReview: false, avoidListMax: 3 },
  actions: ['bid'],
};

export const bid = (overrides: Partial<Bid> = {}): Bid => ({
  id: BID_ID,
  challengeId: CHALLENGE_ID,
  challengeTitle: challenge.title,
  programmeId: '872ecdda-9669-4946-af17-7b84a52cf27c',
  leadOrgId: ORG_ID,
  leadOrgName: '东海理工大学',
  piUserId: USER_ID,
  piName: '陈经办',
  title: '基于数字孪生的热误差实时补偿系统',
  technicalProposal: '建立主轴热变形数字孪生模型。',
  indicatorCommitments: [
    { indicatorKey: 'thermal_error', committedValue: 4, note: '' },
    { indicatorKey: 'models', committedValue: 3, note: '' },
  ],
  budgetFen: 300_000_000,
  rdInputFen: 500_000_000,
  isConsortium: true,
  members: [
    { organisationId: ORG_ID, organisationName: '东海理工大学', role: 'lead', task: '总体方案', budgetShareBp: 7000 },
    { organisationId: '3e6f1c2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b', organisationName: '浙江甬芯微电子有限公司', role: 'member', task: '传感器', budgetShareBp: 3000 },
  ],
  piCommitmentSignedAt: null,
  identityHidden: false,
  avoidedExperts: [{ name: '刘建国', organisationName: '宁波大学', reason: '该专家担任竞争单位技术顾问' }],
  status: 'draft',
  eligibilityReport: null,
  totalScore: null,
  rank: null,
  resubmitBy: null,
  defenceSlot: null,
  submittedAt: null,
  createdAt: '2026-11-10T02:00:00.000Z',
  updatedAt: '2026-11-10T02:00:00.000Z',
  version: 1,
  actions: ['edit', 'sign_pi_commitment', 'submit', 'withdraw'],
  timeline: [{ seq: 1, type: 'bid.created', occurredAt: '2026-11-10T02:00:00.000Z', actorName: '陈经办', payload: {} }],
  ...overrides,
});
