import type { Expert, ExpertField } from '../types';

export const EXPERT_ID = '5b0c7a1e-3d2f-4c8b-9e6a-1f2d3c4b5a60';
export const APPLICANT_ID = '6c1d8b2f-4e3a-4d9c-8f7b-2a3e4d5c6b71';

export const FIELDS: ExpertField[] = [
  { code: 'C36', label: '汽车制造业', aliases: ['新能源汽车'] },
  { code: 'C40', label: '仪器仪表制造业', aliases: ['智能检测'] },
  { code: 'L72', label: '商务服务业', aliases: ['法律服务'] },
];

export const TENANTS = { items: [{ code: 'ningbo', name: '宁波市科学技术局', level: 'city', regionCode: '330200' }] };

export const expert = (overrides: Partial<Expert> = {}): Expert => ({
  userId: EXPERT_ID,
  displayName: '周文涛',
  status: 'active',
  panelRole: 'technical',
  tier: 'major',
  fieldCodes: ['C36', 'C40'],
  expertise: '机器视觉检测',
  professionalTitle: '教授',
  organisationId: null,
  organisationName: '浙江工业大学',
  regionCode: '330100',
  loadCap: 5,
  currentLoad: 2,
  rating: 90,
  unavailable: [],
  applicationNote: '',
  rejectionReason: null,
  tenantId: '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
  version: 3,
  actions: ['view', 'edit', 'suspend', 'view_history'],
  ...overrides,
});
