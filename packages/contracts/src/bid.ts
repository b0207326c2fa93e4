import { z } from 'zod';
import { BID_STATUSES, ELIGIBILITY_RULES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, BasisPoints, Fen, NonEmpty, Page, PageQuery, ReasonedCommand, Timestamp, VersionedCommand } from './common.ts';
import { BidDefenceSlotView } from './defence.ts';

export const IndicatorCommitment = z
  .object({
    indicatorKey: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be an indicator key of the challenge'),
    committedValue: z.number().describe('The value the team commits to reach, in the indicator’s unit'),
    note: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'IndicatorCommitment' });

export const ConsortiumMemberInput = z.object({
  organisationId: z.uuid().describe('A member organisation of the consortium (联合参与单位)'),
  task: NonEmpty(2000).describe('Its task in the work split (任务分工)'),
  budgetShareBp: BasisPoints.describe('Its share of the budget; lead + members should total 10000'),
});

export const AvoidedExpertInput = z
  .object({
    name: NonEmpty(50).describe('The expert’s name as the bidder knows it'),
    organisationName: z.string().trim().max(200).default('').describe('Their unit, to tell namesakes apart; empty = the name alone decides'),
    reason: NonEmpty(500).describe('Why the bidder asks for the expert’s recusal'),
  })
  .meta({ id: 'AvoidedExpert' });

// No defaults here: a PATCH must leave out what it does not change (zod applies a default even inside .partial()).
const bidContent = {
  title: NonEmpty(200),
  technicalProposal: NonEmpty(50_000).describe('揭榜方案: technical route, plan, team'),
  indicatorCommitments: z.array(IndicatorCommitment).min(1, 'commit a value for every indicator of the challenge').max(50),
  budgetFen: Fen.describe('Total budget of the bid, in fen'),
  rdInputFen: Fen.describe('R&D input (研发投入) the team commits, in fen; some funding schemes pay a share of it'),
  leadTask: NonEmpty(2000).describe('The lead organisation’s task'),
  leadBudgetShareBp: BasisPoints.describe('The lead organisation’s share of the budget'),
  members: z.array(ConsortiumMemberInput).max(20).describe('Consortium members besides the lead; empty = a single-organisation bid'),
  avoidedExperts: z.array(AvoidedExpertInput).max(5).describe('申请回避专家: experts the bidder asks to keep off its review, at most the programme’s review.recusal.avoidListMax; never shown to experts'),
};

export const CreateBidBody = z.object({
  leadOrgId: z.uuid().describe('The lead organisation (牵头单位); you must be its staff with a bidder_org grant'),
  piUserId: z.uuid().describe('The principal investigator (揭榜挂帅人), a user of the lead organisation'),
  ...bidContent,
  rdInputFen: bidContent.rdInputFen.default(0),
  members: bidContent.members.default([]),
  avoidedExperts: bidContent.avoidedExperts.default([]),
});

export const UpdateBidBody = z
  .object({ piUserId: z.uuid(), ...bidContent })
  .partial()
  .extend(VersionedCommand.shape)
  .describe('Only the fields sent are changed; `members` replaces the whole member list');

export const SignPiCommitmentBody = VersionedCommand.extend({
  pledge: z.string().trim().max(5000).default('').describe('Optional text of the commitment (承诺书/军令状) as signed'),
});

export const ReturnBidBody = ReasonedCommand;

export const BidMemberView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  role: z.enum(['lead', 'member']),
  task: z.string(),
  budgetShareBp: BasisPoints,
});

export const EligibilityReportView = z
  .object({
    eligible: z.boolean(),
    checks: z.array(z.object({ rule: z.enum(ELIGIBILITY_RULES), passed: z.boolean(), message: z.string() })),
    checkedAt: Timestamp.optional(),
  })
  .meta({ id: 'EligibilityReport' });

export const BidView = z
  .object({
    id: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    programmeId: z.uuid(),
    leadOrgId: z.uuid(),
    leadOrgName: z.string(),
    piUserId: z.uuid(),
    piName: z.string(),
    title: z.string(),
    technicalProposal: z.string(),
    indicatorCommitments: z.array(IndicatorCommitment),
    budgetFen: Fen,
    rdInputFen: Fen,
    isConsortium: z.boolean(),
    members: z.array(BidMemberView).describe('Lead first, then members; in a blind review an expert gets the tasks and shares without ids or names'),
    identityHidden: z.boolean().describe('盲评: the bidder’s units, people and ids are hidden from you (a panel expert in a blind programme)'),
    avoidedExperts: z.array(AvoidedExpertInput).nullable().describe('申请回避专家: for the bid’s own staff, its PI and the officers; null for anyone else'),
    piCommitmentSignedAt: Timestamp.nullable(),
    status: z.enum(BID_STATUSES),
    eligibilityReport: EligibilityReportView.nullable(),
    totalScore: z.number().nullable().describe('Mean expert total at shortlisting; hidden from experts'),
    rank: z.number().int().nullable(),
    resubmitBy: Timestamp.nullable().describe('A returned bid: it may be resubmitted until the bid deadline or, if later, this moment (7 days after its return), while the formal check runs'),
    defenceSlot: BidDefenceSlotView.nullable().describe('答辩安排: the bid’s own defence slot, for its parties and officers'),
    submittedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry).describe('Outside the programme office, the ranks and score aggregates recorded by the shortlist are left out'),
  })
  .meta({ id: 'Bid' });

export const BidList = z.object({ items: z.array(BidView) });

export const MyBidsQuery = PageQuery;
export const MyBidsPage = Page(BidView);
