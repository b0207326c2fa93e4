import { z } from 'zod';
import { INVITATION_STATUSES, PANEL_ROLES, PANEL_STATUSES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, BasisPoints, Timestamp, VersionedCommand } from './common.ts';

export const RubricCriterionView = z.object({ key: z.string(), label: z.string(), weightBp: BasisPoints });

export const AddPanelMemberBody = VersionedCommand.extend({
  expertUserId: z.uuid().describe('A user from the expert pool (grant expert_reviewer)'),
  panelRole: z.enum(PANEL_ROLES).describe('technical | industry | finance | legal | demander'),
});

export const PanelMemberParams = z.object({ id: z.uuid(), expertUserId: z.uuid() });

export const PanelMemberView = z.object({
  expertUserId: z.uuid(),
  displayName: z.string(),
  panelRole: z.enum(PANEL_ROLES),
  assignedAt: Timestamp,
  scoresSubmitted: z.number().int(),
  invitationStatus: z.enum(INVITATION_STATUSES).describe('invited → accepted | declined; withdrawn by the officer. Only accepted experts score'),
  respondedAt: Timestamp.nullable(),
  declineReason: z.string().nullable(),
  declaredConflict: z.boolean().describe('The expert declined declaring a conflict (回避): a recusal reason for every bid of the challenge'),
});

export const PanelView = z
  .object({
    id: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    status: z.enum(PANEL_STATUSES),
    rubric: z.array(RubricCriterionView),
    minScoresPerBid: z.number().int(),
    members: z.array(PanelMemberView),
    createdAt: Timestamp,
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'ReviewPanel' });

export const SubmitScoreBody = z.object({
  criterionScores: z.record(z.string(), z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100')).describe('criterion key → score 0..100, for every criterion of the rubric'),
  comment: z.string().trim().max(5000).default('').describe('评审意见'),
});

export const ReviewScoreView = z
  .object({
    id: z.uuid(),
    bidId: z.uuid(),
    panelId: z.uuid(),
    criterionScores: z.record(z.string(), z.number()),
    total: z.number().describe('Σ score × weight, 0..100'),
    comment: z.string(),
    submittedAt: Timestamp,
  })
  .meta({ id: 'ReviewScore' });

export const AssignmentBidView = z.object({
  bidId: z.uuid(),
  title: z.string(),
  leadOrgName: z.string().describe('Empty in a blind review (盲评)'),
  memberOrgNames: z.array(z.string()).describe('Empty in a blind review (盲评)'),
  technicalProposal: z.string(),
  indicatorCommitments: z.array(z.object({ indicatorKey: z.string(), committedValue: z.number(), note: z.string() })),
  budgetFen: z.number().int(),
  myScore: ReviewScoreView.nullable(),
  actions: Actions,
});

export const ExpertAssignmentView = z
  .object({
    panelId: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    challengeField: z.string(),
    panelStatus: z.enum(PANEL_STATUSES),
    panelRole: z.enum(PANEL_ROLES),
    invitationStatus: z.enum(INVITATION_STATUSES),
    respondedAt: Timestamp.nullable(),
    bidCount: z.number().int().describe('Bids under review; shown before acceptance instead of the bids themselves'),
    reviewPeriod: z.object({ from: Timestamp, to: Timestamp }).nullable().describe('First to last defence slot (答辩), once planned'),
    rubric: z.array(RubricCriterionView),
    recusedBidCount: z.number().int().describe('回避: bids under review you must recuse from, left out of `bids` (decided afresh on every read)'),
    bids: z.array(AssignmentBidView).describe('Empty until the expert accepted the invitation'),
    actions: Actions.describe('accept_invitation, decline_invitation (an open invitation); view_defences (accepted)'),
  })
  .meta({ id: 'ExpertAssignment' });

export const ExpertAssignmentsView = z.object({ items: z.array(ExpertAssignmentView) }).meta({ id: 'ExpertAssignments' });

/** Accepting a panel seat is the expert's self-declaration (自我声明); both statements must be made. */
export const AcceptInvitationBody = z.object({
  noConflictDeclared: z.boolean().describe('本人与该榜单的需求方、揭榜单位及其人员不存在回避情形; must be true'),
  confidentialityPledged: z.boolean().describe('本人承诺对评审材料和结果保密; must be true'),
});

export const DeclineInvitationBody = z.object({
  reason: z.string().trim().min(1, 'is required').max(2000).describe('Why the expert declines (shown to the officer)'),
  conflictDeclared: z.boolean().default(false).describe('The expert declines because of a recusal situation (因存在回避情形): it becomes a recusal reason for the challenge'),
});

const Aggregate = {
  scoreCount: z.number().int(),
  mean: z.number().nullable(),
  trimmedMean: z.number().nullable().describe('Mean without the single highest and lowest total, from 3 scores on'),
  min: z.number().nullable(),
  max: z.number().nullable(),
  spread: z.number().nullable().describe('max − min of the experts’ totals'),
  disagreement: z.boolean().describe('spread > the programme’s disagreement threshold'),
};

export const RankingView = z
  .object({
    challengeId: z.uuid(),
    panel: z.object({ id: z.uuid(), status: z.enum(PANEL_STATUSES), minScoresPerBid: z.number().int(), disagreementThreshold: z.number(), rubric: z.array(RubricCriterionView) }).nullable(),
    items: z.array(
      z.object({
        rank: z.number().int(),
        bidId: z.uuid(),
        title: z.string(),
        leadOrgName: z.string(),
        status: z.string(),
        submittedAt: Timestamp.nullable(),
        ...Aggregate,
        scores: z.array(z.object({ expertUserId: z.uuid(), expertName: z.string(), total: z.number(), criterionScores: z.record(z.string(), z.number()), comment: z.string(), submittedAt: Timestamp })),
      }),
    ),
    actions: Actions.describe('While the challenge is under review: form_panel (no panel yet), shortlist (the panel is closed, bids await the ranking), publish_notice (bids are shortlisted and no notice is open)'),
  })
  .meta({ id: 'Ranking' });

export const ShortlistResultView = z
  .object({
    challengeId: z.uuid(),
    shortlisted: z.array(z.object({ bidId: z.uuid(), title: z.string(), leadOrgName: z.string(), rank: z.number().int(), totalScore: z.number().nullable() })),
    notSelected: z.array(z.object({ bidId: z.uuid(), title: z.string(), leadOrgName: z.string(), rank: z.number().int(), totalScore: z.number().nullable() })),
  })
  .meta({ id: 'ShortlistResult' });
