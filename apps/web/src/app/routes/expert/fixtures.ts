import type { Assignment, Assignments, Bid } from '@/features/reviews/types';

export const PANEL_ID = '0b7d6a2e-5b0c-4d55-9a43-8d0a6a1f1a01';
export const BID_ID = '3f9a1c2e-1c1b-4b8e-9a57-3c2d1e0f9a02';
export const OTHER_BID_ID = '3f9a1c2e-1c1b-4b8e-9a57-3c2d1e0f9a03';

export const assignments = (overrides: { scored?: boolean; actions?: string[]; invitationStatus?: Assignment['invitationStatus']; reviewPeriod?: Assignment['reviewPeriod'] } = {}): Assignments => ({
  items: [
    {
      panelId: PANEL_ID,
      challengeId: '5c472bc9-7855-4161-857c-8d49e9331ca8',
      challengeTitle: '五轴联动数控机床高精度热误差补偿技术',
      challengeField: '高端装备',
      panelStatus: 'scoring',
      panelRole: 'industry',
      invitationStatus: overrides.invitationStatus ?? 'accepted',
      respondedAt: overrides.invitationStatus === 'invited' ? null : '2026-11-15T02:00:00.000Z',
      bidCount: 2,
      reviewPeriod: overrides.reviewPeriod ?? null,
      recusedBidCount: 0,
      actions: overrides.invitationStatus === 'invited' ? ['accept_invitation', 'decline_invitation'] : ['view_defences'],
      rubric: [
        { key: 'technical', label: '技术方案先进性', weightBp: 6000 },
        { key: 'team', label: '团队能力', weightBp: 4000 },
      ],
      bids: overrides.invitationStatus === 'invited' ? [] : [
        {
          bidId: BID_ID,
          title: '基于数字孪生的热误差实时补偿方案',
          leadOrgName: '宁波大学',
          memberOrgNames: [],
          technicalProposal: '采用多点温度场建模与在线补偿。',
          indicatorCommitments: [{ indicatorKey: 'thermal_error', committedValue: 4, note: '' }],
          budgetFen: 480_000_000,
          myScore: overrides.scored ? { id: '9e0b3c44-6c1f-4c5c-8d2b-1c5d8a7e6f01', bidId: BID_ID, panelId: PANEL_ID, criterionScores: { technical: 80, team: 70 }, total: 76, comment: '方案可行', submittedAt: '2026-11-18T02:00:00.000Z' } : null,
          actions: overrides.actions ?? ['view', 'score'],
        },
        {
          bidId: OTHER_BID_ID,
          title: '热误差补偿国产数控系统集成',
          leadOrgName: '东海精工',
          memberOrgNames: ['宁波工业技术研究院'],
          technicalProposal: '……',
          indicatorCommitments: [],
          budgetFen: 500_000_000,
          myScore: null,
          actions: overrides.actions ?? ['view', 'score'],
        },
      ],
    },
  ],
});

export const bid = (): Bid =>
  ({
    id: BID_ID,
    challengeId: '5c472bc9-7855-4161-857c-8d49e9331ca8',
    challengeTitle: '五轴联动数控机床高精度热误差补偿技术',
    programmeId: '872ecdda-9669-4946-af17-7b84a52cf27c',
    leadOrgId: '6c472bc9-7855-4161-857c-8d49e9331ca8',
    leadOrgName: '宁波大学',
    piUserId: '7c472bc9-7855-4161-857c-8d49e9331ca8',
    piName: '陈志远',
    title: '基于数字孪生的热误差实时补偿方案',
    technicalProposal: '采用多点温度场建模与在线补偿。',
    indicatorCommitments: [{ indicatorKey: 'thermal_error', committedValue: 4, note: '第三方检测' }],
    budgetFen: 480_000_000,
    rdInputFen: 600_000_000,
    isConsortium: false,
    members: [{ organisationId: '6c472bc9-7855-4161-857c-8d49e9331ca8', organisationName: '宁波大学', role: 'lead', task: '总体', budgetShareBp: 10000 }],
    piCommitmentSignedAt: '2026-11-10T02:00:00.000Z',
    identityHidden: false,
    avoidedExperts: null,
    status: 'under_review',
    eligibilityReport: null,
    totalScore: null,
    rank: null,
    resubmitBy: null,
    defenceSlot: null,
    submittedAt: '2026-11-10T02:00:00.000Z',
    createdAt: '2026-11-09T02:00:00.000Z',
    updatedAt: '2026-11-12T02:00:00.000Z',
    version: 4,
    actions: ['view', 'score'],
    timeline: [{ seq: 1, type: 'bid.submit', occurredAt: '2026-11-10T02:00:00.000Z', actorName: '陈志远', payload: { from: 'draft', to: 'submitted' } }],
  }) as Bid;
