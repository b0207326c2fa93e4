import type { Award, Challenge, Notice, Objection, Panel, Ranking } from '@/features/evaluation/types';

export const EVAL_CHALLENGE = '0c1f6a52-5d0e-4a4f-9c8b-2b7f1d3e9a11';
export const PANEL_ID = '6a2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const BID_1 = 'a1a1a1a1-1111-4111-8111-111111111111';
export const BID_2 = 'b2b2b2b2-2222-4222-8222-222222222222';
export const BID_3 = 'c3c3c3c3-3333-4333-8333-333333333333';
export const EXPERT_1 = 'e1e1e1e1-1111-4111-8111-111111111111';
export const EXPERT_2 = 'e2e2e2e2-2222-4222-8222-222222222222';
export const NOTICE_ID = 'd4d4d4d4-4444-4444-8444-444444444444';
export const OBJECTION_ID = 'f5f5f5f5-5555-4555-8555-555555555555';
export const AWARD_ID = '9a9a9a9a-9999-4999-8999-999999999999';

/** The fields of a challenge these pages read; the rest of the view does not matter here. */
export const evalChallenge = (overrides: Partial<Challenge> = {}): Challenge =>
  ({
    id: EVAL_CHALLENGE,
    code: 'NB-2026-JBGS-003',
    title: '新能源汽车一体化压铸件缺陷智能检测',
    programme: { id: '872ecdda-9669-4946-af17-7b84a52cf27c', code: 'NB-2026-JBGS', name: '2026 年度宁波市科技创新“揭榜挂帅”项目', regionCode: '330200' },
    status: 'under_review',
    maxWinners: 1,
    raceMode: false,
    version: 7,
    actions: [],
    timeline: [],
    ...overrides,
  }) as Challenge;

const rubric = [
  { key: 'technical_route', label: '技术路线', weightBp: 4000 },
  { key: 'team_capability', label: '团队能力', weightBp: 6000 },
];

export const panel = (overrides: Partial<Panel> = {}): Panel => ({
  id: PANEL_ID,
  challengeId: EVAL_CHALLENGE,
  challengeTitle: '新能源汽车一体化压铸件缺陷智能检测',
  status: 'closed',
  rubric,
  minScoresPerBid: 2,
  members: [
    { expertUserId: EXPERT_1, displayName: '周文涛（技术专家）', panelRole: 'technical', assignedAt: '2026-03-01T02:00:00.000Z', scoresSubmitted: 2, invitationStatus: 'accepted', respondedAt: '2026-03-01T03:00:00.000Z', declineReason: null, declaredConflict: false },
    { expertUserId: EXPERT_2, displayName: '何静（产业专家）', panelRole: 'industry', assignedAt: '2026-03-01T02:05:00.000Z', scoresSubmitted: 2, invitationStatus: 'accepted', respondedAt: '2026-03-01T03:00:00.000Z', declineReason: null, declaredConflict: false },
  ],
  createdAt: '2026-03-01T01:00:00.000Z',
  version: 4,
  actions: [],
  timeline: [{ seq: 1, type: 'review_panel.created', occurredAt: '2026-03-01T01:00:00.000Z', actorName: '张建国', payload: {} }],
  ...overrides,
});

const sheet = (expertUserId: string, expertName: string, total: number, comment: string) => ({
  expertUserId,
  expertName,
  total,
  criterionScores: { technical_route: total, team_capability: total },
  comment,
  submittedAt: '2026-03-05T06:00:00.000Z',
});

export const ranking = (overrides: Partial<Ranking> = {}): Ranking => ({
  challengeId: EVAL_CHALLENGE,
  panel: { id: PANEL_ID, status: 'closed', minScoresPerBid: 2, disagreementThreshold: 20, rubric },
  items: [
    {
      rank: 1,
      bidId: BID_1,
      title: '多光谱在线检测系统研制与产线示范',
      leadOrgName: '东海大学',
      status: 'under_review',
      submittedAt: '2026-02-20T02:00:00.000Z',
      scoreCount: 2,
      mean: 88.5,
      trimmedMean: null,
      min: 86,
      max: 91,
      spread: 5,
      disagreement: false,
      scores: [sheet(EXPERT_1, '周文涛（技术专家）', 91, '技术路线清晰，示范产线条件成熟。'), sheet(EXPERT_2, '何静（产业专家）', 86, '产业化路径可信。')],
    },
    {
      rank: 2,
      bidId: BID_2,
      title: '电驱壳体缺陷视觉检测装备',
      leadOrgName: '宁波视界智能装备有限公司',
      status: 'under_review',
      submittedAt: '2026-02-21T02:00:00.000Z',
      scoreCount: 2,
      mean: 72,
      trimmedMean: null,
      min: 60,
      max: 84,
      spread: 24,
      disagreement: true,
      scores: [sheet(EXPERT_1, '周文涛（技术专家）', 84, '方案完整。'), sheet(EXPERT_2, '何静（产业专家）', 60, '成本控制存疑。')],
    },
  ],
  actions: [],
  ...overrides,
});

export const notice = (overrides: Partial<Notice> = {}): Notice => ({
  id: NOTICE_ID,
  challengeId: EVAL_CHALLENGE,
  challengeTitle: '新能源汽车一体化压铸件缺陷智能检测',
  title: '关于拟揭榜单位的公示',
  body: '经专家评审，现将拟揭榜单位予以公示。',
  status: 'open',
  opensAt: '2026-03-10T00:00:00.000Z',
  closesAt: '2026-03-17T00:00:00.000Z',
  proposedWinners: [{ bidId: BID_1, bidTitle: '多光谱在线检测系统研制与产线示范', rank: 1, leadOrgName: '东海大学', memberOrgNames: ['宁波永新光学股份有限公司'] }],
  alternates: [{ bidId: BID_2, bidTitle: '电驱壳体缺陷视觉检测装备', rank: 2, leadOrgName: '宁波视界智能装备有限公司', memberOrgNames: [] }],
  objectionsCount: 1,
  version: 2,
  actions: ['list_objections', 'close', 'withdraw'],
  timeline: [{ seq: 1, type: 'public_notice.created', occurredAt: '2026-03-10T00:00:00.000Z', actorName: '张建国', payload: {} }],
  ...overrides,
}) as Notice;

export const objection = (overrides: Partial<Objection> = {}): Objection => ({
  id: OBJECTION_ID,
  noticeId: NOTICE_ID,
  bidId: BID_1,
  objectorName: '宁波某检测技术有限公司',
  objectorContact: '0574-88990011',
  reason: '拟揭榜单位的示范产线尚未建成。',
  status: 'filed',
  ruling: null,
  ruledAt: null,
  filedAt: '2026-03-12T03:00:00.000Z',
  version: 1,
  actions: ['uphold', 'rule_out'],
  timeline: [],
  ...overrides,
});

export const award = (overrides: Partial<Award> = {}): Award => ({
  id: AWARD_ID,
  challengeId: EVAL_CHALLENGE,
  bidId: BID_1,
  leadOrgId: '7b7b7b7b-7777-4777-8777-777777777777',
  leadOrgName: '东海大学',
  rank: 1,
  status: 'awarded',
  awardedAt: '2026-03-20T02:00:00.000Z',
  contractId: null,
  actions: ['start_negotiation'],
  timeline: [],
  ...overrides,
});

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** A fetch stand-in that records method, path and JSON body of every request, answering from `answer`. */
export function recordingFetch(answer: (request: SentRequest, url: URL) => { status?: number; body: unknown }) {
  const sent: SentRequest[] = [];
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const request = { method: init?.method ?? 'GET', path: url.pathname, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined };
    sent.push(request);
    const { status = 200, body } = answer(request, url);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchMock, sent };
}
