import type { Need, Programme, ProgrammePage } from '@/features/needs/types';

export const PROGRAMME_ID = '872ecdda-9669-4946-af17-7b84a52cf27c';
export const ORG_ID = '5c472bc9-7855-4161-857c-8d49e9331ca8';
export const NEED_ID = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

export const programme = (overrides: Partial<Programme> = {}): Programme => ({
  id: PROGRAMME_ID,
  tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1',
  tenantName: '宁波市科学技术局',
  code: 'NB-2026-JBGS',
  name: '2026 年度宁波市科技创新“揭榜挂帅”项目',
  mode: 'government_led',
  year: 2026,
  regionCode: '330200',
  presetId: 'ningbo_rd_input',
  status: 'active',
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 2,
  actions: ['create_need'],
  ...overrides,
});

export const programmePage = (items: Programme[]): ProgrammePage => ({ items, total: items.length, page: 1, pageSize: 100 });

export const need = (overrides: Partial<Need> = {}): Need => ({
  id: NEED_ID,
  programmeId: PROGRAMME_ID,
  demanderOrgId: ORG_ID,
  demanderOrgName: '宁波鄞州精密数控机床有限公司',
  title: '五轴机床热误差在线补偿',
  category: 'key_core_technology',
  field: '高端装备',
  industrialChain: '机器人与高端装备',
  problemStatement: '连续加工 4 小时后定位误差超过 15 μm。',
  applicationScenario: '',
  indicators: [{ key: 'thermal_error', name: '热误差', unit: 'μm', baseline: 15, target: 5, threshold: 8, weightBp: 10000, direction: 'lower_is_better', testMethod: '第三方检测' }],
  coFundingFen: 120_000_000,
  isBasicResearch: false,
  status: 'draft',
  mergedIntoId: null,
  vettingOpinion: null,
  submittedAt: null,
  createdAt: '2026-11-01T02:00:00.000Z',
  version: 1,
  actions: ['edit', 'submit'],
  timeline: [{ seq: 1, type: 'need.created', occurredAt: '2026-11-01T02:00:00.000Z', actorName: '王经理', payload: {} }],
  ...overrides,
});

export const me = {
  userId: '2d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  displayName: '王经理',
  tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1',
  grants: [{ role: 'demander', tenantId: '5eb540c9-66dd-4674-8db7-84fbd06f89c1', organisationId: ORG_ID, programmeId: null }],
};
