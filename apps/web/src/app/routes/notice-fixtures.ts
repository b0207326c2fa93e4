import type { Notice, PublicResult } from '@/features/notices/types';

export const NOTICE_ID = '7b0c1d2e-3f40-4a51-8b62-7c8d9e0f1a2b';
export const CHALLENGE_ID = '1a2b3c4d-5e6f-4a70-8b91-a2b3c4d5e6f7';
export const WINNER_BID = '2b3c4d5e-6f70-4a81-9ba2-b3c4d5e6f7a8';
export const ALTERNATE_BID = '3c4d5e6f-7081-4a92-aba3-c4d5e6f7a8b9';

const DAY = 86_400_000;

/** A notice as GET /api/notices/:id answers it; open for another five days unless overridden. */
export const notice = (overrides: Partial<Notice> = {}): Notice => ({
  id: NOTICE_ID,
  challengeId: CHALLENGE_ID,
  challengeTitle: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统',
  programmeName: '2026 年宁波市“揭榜挂帅”科技项目',
  issuer: '宁波市科学技术局',
  title: '关于“电驱壳体缺陷在线检测”榜单拟揭榜单位的公示',
  body: '经专家评审，现将拟揭榜单位予以公示。公示期内如有异议，请实名提出。',
  status: 'open',
  opensAt: new Date(Date.now() - 2 * DAY).toISOString(),
  closesAt: new Date(Date.now() + 5 * DAY).toISOString(),
  proposedWinners: [{ bidId: WINNER_BID, bidTitle: '铸件缺陷多光谱在线检测系统研制与产线示范', rank: 1, leadOrgName: '浙江大学宁波智能制造研究院', memberOrgNames: ['宁波工程学院'] }],
  alternates: [{ bidId: ALTERNATE_BID, bidTitle: '基于深度学习的电驱壳体缺陷视觉检测装备', rank: 2, leadOrgName: '宁波东海精密机械有限公司', memberOrgNames: [] }],
  objectionsCount: 1,
  version: 1,
  actions: ['file_objection'],
  timeline: [{ seq: 1, type: 'public_notice.created', occurredAt: new Date(Date.now() - 2 * DAY).toISOString(), actorName: null, payload: {} }],
  ...overrides,
});

export const result = (overrides: Partial<PublicResult> = {}): PublicResult => ({
  challengeId: CHALLENGE_ID,
  challengeCode: 'NB-2026-003',
  challengeTitle: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统',
  field: '智能制造',
  programmeId: '4d5e6f70-8192-4aa3-bbb4-d5e6f7a8b9c0',
  programmeName: '2026 年宁波市“揭榜挂帅”科技项目',
  issuer: '宁波市科学技术局',
  regionCode: '330200',
  budgetFen: 500_000_000,
  maxWinners: 2,
  awardedAt: '2026-03-20T02:00:00.000Z',
  winners: [
    { rank: 1, organisationName: '浙江大学宁波智能制造研究院', memberOrgNames: ['宁波工程学院', '中国科学院宁波材料技术与工程研究所'], bidTitle: '铸件缺陷多光谱在线检测系统研制与产线示范', awardedAt: '2026-03-20T02:00:00.000Z' },
    { rank: 2, organisationName: '宁波东海精密机械有限公司', memberOrgNames: [], bidTitle: '基于深度学习的电驱壳体缺陷视觉检测装备', awardedAt: '2026-03-20T02:00:00.000Z' },
  ],
  ...overrides,
});
