import type { Acceptance, Contract, FailureReview, IntegrityRecord, Payout } from '../types';

export const CONTRACT = '7a1c1f39-2b7e-4c1e-9a55-1f7f3c0d2a11';
export const ACCEPTANCE = '0b6f6a43-5d0c-4d3a-8e3f-6a2a9c1e4b22';
export const PAYOUT = '3c2d8e14-9f51-4b77-a0e6-2d8b5f6c7e33';
export const REVIEW = '9e4a7b25-1c3d-4e8f-b2a9-7c6d5e4f3a44';
export const LEAD_ORG = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e55';
export const PI = 'd1e2f3a4-b5c6-4d7e-8f90-1a2b3c4d5e66';

const INDICATORS: Contract['indicators'] = [
  { key: 'accuracy', name: '热误差补偿后定位精度', unit: 'μm', baseline: 12, target: 3, threshold: 5, weightBp: 6000, direction: 'lower_is_better', testMethod: '激光干涉仪按 GB/T 17421.2 测量' },
  { key: 'uptime', name: '连续运行稳定性', unit: 'h', baseline: null, target: 720, threshold: null, weightBp: 4000, direction: 'higher_is_better', testMethod: '现场连续运行记录' },
];

export const contract = (overrides: Partial<Contract> = {}): Contract => ({
  id: CONTRACT,
  programmeId: '872ecdda-9669-4946-af17-7b84a52cf27c',
  challengeId: 'fb7b7956-3718-4664-ae8e-2609b44a4b41',
  challengeTitle: '五轴联动数控机床高精度热误差补偿技术',
  awardId: '5c472bc9-7855-4161-857c-8d49e9331ca8',
  bidId: '1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
  leadOrgId: LEAD_ORG,
  leadOrgName: '宁波东海精密机械有限公司',
  demanderOrgId: null,
  demanderOrgName: null,
  piUserId: PI,
  piName: '陈立明',
  contractValueFen: 300_000_000,
  actualContractValueFen: null,
  rdInputFen: 300_000_000,
  status: 'under_acceptance',
  signedAt: '2025-06-01T02:00:00.000Z',
  createdAt: '2025-05-20T02:00:00.000Z',
  version: 7,
  indicators: INDICATORS,
  deliverables: ['样机一台'],
  ipTerms: '',
  lumpSumBudget: true,
  fundingScheme: { kind: 'rd_input_subsidy', rateBp: 2000, capFen: 50_000_000, minimumBaseFen: null, fixedAmountFen: null, recipient: 'bidder_lead_org' },
  milestones: [
    {
      id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a77',
      contractId: CONTRACT,
      sequence: 1,
      title: '完成热误差建模与补偿算法',
      dueDate: '2025-12-31',
      deliverables: [],
      status: 'passed',
      report: '已完成 12 个温度测点的热误差建模，补偿后定位误差降至 4 μm。',
      reviewOpinion: '进展符合任务书要求。',
      reviewedAt: '2026-01-10T02:00:00.000Z',
      remediationDueDate: null,
      version: 3,
      actions: [],
      timeline: [],
    },
  ],
  tranches: [],
  changeRequests: [],
  expenses: [],
  acceptances: [],
  payouts: [],
  failureReview: null,
  actions: [],
  timeline: [],
  ...overrides,
});

export const acceptance = (overrides: Partial<Acceptance> = {}): Acceptance => ({
  id: ACCEPTANCE,
  contractId: CONTRACT,
  status: 'open',
  outcome: null,
  summary: null,
  requestedAt: '2026-03-01T02:00:00.000Z',
  concludedAt: null,
  indicators: INDICATORS.map((indicator) => ({ indicator, measuredValue: null, judged: null, verdict: null, evidence: null, conditionNote: null, recordedAt: null })),
  version: 2,
  actions: ['record_verdict', 'conclude'],
  timeline: [{ seq: 1, type: 'acceptance.requested', occurredAt: '2026-03-01T02:00:00.000Z', actorName: '陈立明', payload: {} }],
  ...overrides,
});

export const payout = (overrides: Partial<Payout> = {}): Payout => ({
  id: PAYOUT,
  contractId: CONTRACT,
  schemeKind: 'rd_input_subsidy',
  baseFen: 300_000_000,
  amountFen: 50_000_000,
  recipientKind: 'bidder_lead_org',
  recipientOrgId: LEAD_ORG,
  recipientOrgName: '宁波东海精密机械有限公司',
  computation: { timing: 'after_acceptance', base: 'rd_input', baseFen: 300_000_000, rateBp: 2000, capFen: 50_000_000, minimumBaseFen: null, fixedAmountFen: null, uncappedFen: 60_000_000, amountFen: 50_000_000, capped: true },
  status: 'computed',
  computedAt: '2026-04-01T02:00:00.000Z',
  approvedAt: null,
  paidAt: null,
  version: 1,
  actions: ['approve'],
  timeline: [{ seq: 1, type: 'payout.computed', occurredAt: '2026-04-01T02:00:00.000Z', actorName: '张建国', payload: {} }],
  ...overrides,
});

export const integrityRecord = (overrides: Partial<IntegrityRecord> = {}): IntegrityRecord => ({
  id: 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c88',
  organisationId: LEAD_ORG,
  organisationName: '宁波东海精密机械有限公司',
  userId: null,
  userName: null,
  severity: 'misconduct',
  sourceKind: 'failure_review',
  sourceId: REVIEW,
  summary: '以仿真结果替代实测数据，属伪造科研数据。',
  effectiveFrom: '2026-05-01T02:00:00.000Z',
  effectiveUntil: '2029-05-01T02:00:00.000Z',
  active: true,
  createdAt: '2026-05-01T02:00:00.000Z',
  ...overrides,
});

export const failureReview = (overrides: Partial<FailureReview> = {}): FailureReview => ({
  id: REVIEW,
  contractId: CONTRACT,
  status: 'open',
  finding: null,
  reasoning: null,
  openedAt: '2026-04-20T02:00:00.000Z',
  decidedAt: null,
  integrityRecords: [],
  version: 1,
  actions: ['decide'],
  timeline: [{ seq: 1, type: 'failure_review.opened', occurredAt: '2026-04-20T02:00:00.000Z', actorName: '张建国', payload: {} }],
  ...overrides,
});

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A fetch stand-in that records method, path and JSON body of every request and answers from `answer`. */
export function stubApi(answer: (request: SentRequest) => { status?: number; body: unknown }) {
  const sent: SentRequest[] = [];
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const request = { method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined };
    sent.push(request);
    const { status = 200, body } = answer(request);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchMock, sent, posts: () => sent.filter((request) => request.method === 'POST') };
}
