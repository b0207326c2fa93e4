import type { AssignmentBoard, AssignmentRun, PanelAssignment, PoolExpert } from '@/features/assignment/types';

export const AS_PROGRAMME = '872ecdda-9669-4946-af17-7b84a52cf27c';
export const AS_CHALLENGE_1 = '0c1f6a52-5d0e-4a4f-9c8b-2b7f1d3e9a11';
export const AS_CHALLENGE_2 = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const AS_PANEL = '6a2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const AS_RUN = 'aa11bb22-cc33-4d44-8e55-ff6677889900';
export const AS_OLD_RUN = 'bb22cc33-dd44-4e55-8f66-001122334455';
export const EX_VISION = 'e1e1e1e1-1111-4111-8111-111111111111';
export const EX_DIE = 'e2e2e2e2-2222-4222-8222-222222222222';
export const EX_INDUSTRY = 'e3e3e3e3-3333-4333-8333-333333333333';
export const EX_FINANCE = 'e4e4e4e4-4444-4444-8444-444444444444';
export const EX_ALTERNATE = 'e5e5e5e5-5555-4555-8555-555555555555';
export const DIGEST = '5f1c0d7e2b9a4c3d8e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d';

const noSeats = { technical: 0, industry: 0, finance: 0, legal: 0 };

export const board = (overrides: Partial<AssignmentBoard> = {}): AssignmentBoard => ({
  programme: { id: AS_PROGRAMME, name: '2026 年度宁波市科技创新“揭榜挂帅”项目', code: 'NB-2026-JBGS' },
  quotas: { technical: 3, industry: 1, finance: 1, legal: 0 },
  challenges: [
    { challengeId: AS_CHALLENGE_1, code: 'NB-2026-JBGS-003', title: '新能源汽车一体化压铸件缺陷智能检测', field: '智能制造', budgetFen: 800_000_000, requiredTier: 'general', bidCount: 3, panelId: AS_PANEL, panelStatus: 'forming', seatsHeld: { ...noSeats, technical: 1 } },
    { challengeId: AS_CHALLENGE_2, code: 'NB-2026-JBGS-004', title: '压铸模具寿命预测与智能维护', field: '高端装备', budgetFen: 1_200_000_000, requiredTier: 'major', bidCount: 2, panelId: null, panelStatus: null, seatsHeld: noSeats },
  ],
  runs: [],
  actions: ['run'],
  ...overrides,
});

const seat = (expertUserId: string, displayName: string, organisationName: string, panelRole: 'technical' | 'industry' | 'finance', affinity: number) => ({ expertUserId, displayName, organisationName, panelRole, affinity });

export const assignmentRun = (overrides: Partial<AssignmentRun> = {}): AssignmentRun => ({
  id: AS_RUN,
  programmeId: AS_PROGRAMME,
  mode: 'random',
  seed: 42,
  status: 'proposed',
  algorithmVersion: 'ssp-dijkstra-1',
  inputDigest: DIGEST,
  objective: 1.873215,
  shortfall: 0,
  solveMs: 1.42,
  quotas: { technical: 2, industry: 1, finance: 1, legal: 0 },
  reviewWindow: { from: '2026-03-02', to: '2026-03-16' },
  panels: [
    {
      challengeId: AS_CHALLENGE_1,
      code: 'NB-2026-JBGS-003',
      title: '新能源汽车一体化压铸件缺陷智能检测',
      panelId: AS_PANEL,
      demand: { technical: 1, industry: 1, finance: 1, legal: 0 },
      shortfall: 0,
      seats: [seat(EX_VISION, '许视觉', '宁波大学', 'technical', 0.81392), seat(EX_INDUSTRY, '黄高工', '', 'industry', 0.5), seat(EX_FINANCE, '林会计师', '宁波会计师事务所', 'finance', 0.12)],
      alternates: [{ ...seat(EX_ALTERNATE, '韩模具', '浙江工业大学', 'technical', 0.510911), rank: 1 }],
    },
  ],
  loads: [
    { expertUserId: EX_VISION, displayName: '许视觉', panelRole: 'technical', openSeats: 2, proposed: 1, loadCap: 5 },
    { expertUserId: EX_INDUSTRY, displayName: '黄高工', panelRole: 'industry', openSeats: 0, proposed: 1, loadCap: 3 },
  ],
  exclusions: [
    { reason: 'already_on_panel', count: 1 },
    { reason: 'unavailable', count: 2 },
    { reason: 'tier', count: 0 },
    { reason: 'recusal', count: 1 },
    { reason: 'no_capacity', count: 0 },
  ],
  expertCount: 12,
  candidatePairs: 9,
  createdAt: '2026-03-02T02:00:00.000Z',
  createdByName: '王处长',
  appliedAt: null,
  actions: ['apply', 'discard', 'replay'],
  ...overrides,
});

export const runSummary = (run: AssignmentRun) => ({
  id: run.id,
  mode: run.mode,
  seed: run.seed,
  status: run.status,
  challengeCount: run.panels.length,
  seatCount: run.panels.reduce((sum, panel) => sum + panel.seats.length, 0),
  objective: run.objective,
  shortfall: run.shortfall,
  inputDigest: run.inputDigest,
  createdAt: run.createdAt,
  createdByName: run.createdByName,
  appliedAt: run.appliedAt,
});

export const panelAssignment = (overrides: Partial<PanelAssignment> = {}): PanelAssignment => ({
  panelId: AS_PANEL,
  challengeId: AS_CHALLENGE_1,
  programmeId: AS_PROGRAMME,
  status: 'forming',
  version: 5,
  runId: AS_RUN,
  seats: [
    { expertUserId: EX_VISION, displayName: '许视觉', organisationName: '宁波大学', panelRole: 'technical', invitationStatus: 'declined', source: 'solver', affinity: 0.81392, overrideReason: null, actions: ['replace'] },
    { expertUserId: EX_INDUSTRY, displayName: '黄高工', organisationName: '', panelRole: 'industry', invitationStatus: 'accepted', source: 'solver', affinity: 0.5, overrideReason: null, actions: ['remove'] },
  ],
  alternates: [{ expertUserId: EX_ALTERNATE, displayName: '韩模具', organisationName: '浙江工业大学', panelRole: 'technical', affinity: 0.510911, rank: 1, taken: false }],
  actions: ['override'],
  ...overrides,
});

export const poolExpert = (userId: string, displayName: string, panelRole: 'technical' | 'industry' | 'finance'): PoolExpert => ({
  userId,
  displayName,
  status: 'active',
  panelRole,
  tier: 'general',
  fieldCodes: ['C36'],
  expertise: '',
  professionalTitle: '',
  organisationId: null,
  organisationName: '宁波工程学院',
  regionCode: null,
  loadCap: 5,
  currentLoad: 1,
  rating: 80,
  unavailable: [],
  applicationNote: '',
  rejectionReason: null,
  tenantId: '11111111-2222-4333-8444-555555555555',
  version: 1,
  actions: [],
});
