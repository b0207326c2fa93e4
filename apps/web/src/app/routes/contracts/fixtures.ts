import type { ContractSummary, ContractView, Milestone, Tranche } from '@/features/contracts/types';

export const CONTRACT = '3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f601';
export const MILESTONE_1 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c61';
export const MILESTONE_2 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c62';
export const TRANCHE_1 = 'aa8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c61';
export const TRANCHE_2 = 'aa8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c62';
const AT = '2026-02-02T07:33:25.804Z';

export const milestone = (overrides: Partial<Milestone> = {}): Milestone => ({
  id: MILESTONE_1,
  contractId: CONTRACT,
  sequence: 1,
  title: '实验室样机研制完成',
  dueDate: '2026-04-23',
  deliverables: ['实验室样机', '缺陷样本库（≥ 2 万张）'],
  status: 'pending',
  report: null,
  reviewOpinion: null,
  reviewedAt: null,
  remediationDueDate: null,
  version: 1,
  actions: [],
  timeline: [],
  ...overrides,
});

export const tranche = (overrides: Partial<Tranche> = {}): Tranche => ({
  id: TRANCHE_1,
  contractId: CONTRACT,
  sequence: 1,
  shareBp: 3000,
  amountFen: 180_000_000,
  trigger: 'signing',
  milestoneId: null,
  milestoneSequence: null,
  status: 'unlocked',
  paidAt: null,
  version: 2,
  actions: [],
  timeline: [],
  ...overrides,
});

export const contract = (overrides: Partial<ContractView> = {}): ContractView => ({
  id: CONTRACT,
  programmeId: '947dc14b-2d37-4ea6-b6b7-9410befac149',
  challengeId: '7c97bccf-6857-41ca-83a1-c6837c1262c7',
  challengeTitle: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统',
  awardId: 'c92ec261-7667-45ef-a1c7-776e1d4c1c96',
  bidId: '73f08d87-d7d2-4721-b930-eca0d943697e',
  leadOrgId: '121465ca-9f49-4eab-97c6-0c4f1d78de0c',
  leadOrgName: '东海理工大学',
  demanderOrgId: 'b7723006-6b4e-4aa9-82bd-898af15f681c',
  demanderOrgName: '宁波甬港新能源汽车部件有限公司',
  piUserId: '101e954e-3b5c-4468-b41e-6a7dc1290d56',
  piName: '陈志远',
  contractValueFen: 600_000_000,
  actualContractValueFen: null,
  rdInputFen: 1_800_000_000,
  status: 'active',
  signedAt: AT,
  createdAt: AT,
  version: 4,
  indicators: [{ key: 'defect_recall', name: '缺陷检出率', unit: '%', baseline: 97, target: 99.5, threshold: 99, weightBp: 10_000, direction: 'higher_is_better', testMethod: '第三方检测机构抽检' }],
  deliverables: ['在线视觉检测系统 1 套'],
  ipTerms: '知识产权归东海理工大学所有。',
  lumpSumBudget: true,
  fundingScheme: { kind: 'rd_input_subsidy', rateBp: 2000, capFen: 1_000_000_000, minimumBaseFen: null, fixedAmountFen: null, recipient: 'bidder_lead_org' },
  milestones: [milestone(), milestone({ id: MILESTONE_2, sequence: 2, title: '产线部署与第三方检测完成', dueDate: '2026-07-04', deliverables: ['第三方检测报告'] })],
  tranches: [tranche(), tranche({ id: TRANCHE_2, sequence: 2, shareBp: 7000, amountFen: 420_000_000, trigger: 'milestone', milestoneId: MILESTONE_1, milestoneSequence: 1, status: 'locked' })],
  changeRequests: [],
  expenses: [],
  acceptances: [],
  payouts: [],
  failureReview: null,
  actions: [],
  timeline: [{ seq: 1, type: 'contract.created', occurredAt: AT, actorName: '张建国', payload: {} }],
  ...overrides,
});

export const summary = (overrides: Partial<ContractSummary> = {}): ContractSummary => {
  const { indicators: _i, deliverables: _d, ipTerms: _p, fundingScheme: _f, lumpSumBudget: _b, milestones: _m, tranches: _t, changeRequests: _c, expenses: _e, acceptances: _a, payouts: _o, failureReview: _r, actions: _x, timeline: _l, ...rest } = contract();
  return { ...rest, challengeCode: 'NB-2026-JB-017', nextMilestoneDueDate: '2026-04-23', ...overrides };
};
