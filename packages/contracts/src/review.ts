import { z } from 'zod';
import { PANEL_ROLES, PANEL_STATUSES } from '@jiebang/domain';
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
  leadOrgName: z.string(),
  memberOrgNames: z.array(z.string()),
  technicalProposal: z.string(),
  indicatorCommitments: z.array(z.object({ indicatorKey: z.string(), committedValue: z.number(), note: z.string() })),
  budgetFen: z.number().int(),
  myScore: ReviewScoreView.nullable(),
  actions: Actions,
});

export const ExpertAssignmentsView = z
  .object({
    items: z.array(
      z.object({
        panelId: z.uuid(),
        challengeId: z.uuid(),
        challengeTitle: z.string(),
        panelStatus: z.enum(PANEL_STATUSES),
        panelRole: z.enum(PANEL_ROLES),
        rubric: z.array(RubricCriterionView),
        bids: z.array(AssignmentBidView),
      }),
    ),
  })
  .meta({ id: 'ExpertAssignments' });

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

/** The expert pool (专家库) a programme office draws panels from: users holding the expert role in its tenant. */
export const ExpertPoolEntryView = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  organisationName: z.string().nullable().describe('The expert’s own unit, if registered'),
});

export const ExpertPoolList = z.object({ items: z.array(ExpertPoolEntryView) }).meta({ id: 'ExpertPool' });
