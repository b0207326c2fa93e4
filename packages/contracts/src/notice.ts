import { z } from 'zod';
import { NOTICE_STATUSES, OBJECTION_STATUSES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, NonEmpty, Timestamp, VersionedCommand } from './common.ts';

export const CreateNoticeBody = z.object({
  title: NonEmpty(200),
  body: NonEmpty(20_000).describe('The text of the notice (公示内容)'),
  proposedBidIds: z.array(z.uuid()).min(1, 'propose at least one shortlisted bid').max(20).describe('Shortlisted bids proposed as winners, at most the challenge’s max winners'),
  alternateBidIds: z
    .array(z.uuid())
    .max(20)
    .optional()
    .describe('Alternates (候补): shortlisted bids ranked below every proposed winner, in rank order. Only they may replace a winner whose negotiation fails; the public may object to them too'),
});

/**
 * PIPL Art. 25: a public notice discloses only what the rule requires, the units and the project, not people’s
 * contact or identity data.
 */
export const ProposedWinnerView = z.object({
  bidId: z.uuid(),
  bidTitle: z.string(),
  rank: z.number().int().nullable(),
  leadOrgName: z.string(),
  memberOrgNames: z.array(z.string()),
});

export const NoticeView = z
  .object({
    id: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    programmeName: z.string(),
    issuer: z.string().describe('Tenant name of the issuer (发榜方)'),
    title: z.string(),
    body: z.string(),
    status: z.enum(NOTICE_STATUSES),
    opensAt: Timestamp,
    closesAt: Timestamp,
    proposedWinners: z.array(ProposedWinnerView),
    alternates: z.array(ProposedWinnerView).describe('候补, in rank order: not awarded now; a fallback if negotiation with a winner fails'),
    objectionsCount: z.number().int(),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry).describe('Actor names are shown to officers only'),
  })
  .meta({ id: 'PublicNotice' });

export const NoticeList = z.object({ items: z.array(NoticeView) });

export const NoticeListQuery = z.object({
  recentDays: z.coerce.number().int().min(1).max(365).default(30).describe('Closed notices are listed for this many days after closing'),
  challengeId: z.uuid().optional().describe('Only the notices of this challenge, every one of them whatever its status or age (recentDays does not apply)'),
});

export const FileObjectionBody = z.object({
  objectorName: NonEmpty(100).describe('Name of the person or unit objecting (实名异议)'),
  objectorContact: NonEmpty(200).describe('Phone or email; seen by the programme office only'),
  reason: NonEmpty(10_000),
  bidId: z.uuid().optional().describe('The proposed bid or alternate objected to; omitted = the result as a whole'),
});

export const ObjectionReceiptView = z
  .object({ id: z.uuid(), noticeId: z.uuid(), bidId: z.uuid().nullable(), status: z.enum(OBJECTION_STATUSES), filedAt: Timestamp })
  .meta({ id: 'ObjectionReceipt' });

export const RuleObjectionBody = VersionedCommand.extend({
  decision: z.enum(['uphold', 'rule_out']).describe('uphold: the objection stands and the bid drops out; rule_out: rejected'),
  ruling: NonEmpty(10_000).describe('The reasoned ruling (处理意见)'),
});

export const ObjectionView = z
  .object({
    id: z.uuid(),
    noticeId: z.uuid(),
    bidId: z.uuid().nullable(),
    objectorName: z.string(),
    objectorContact: z.string(),
    reason: z.string(),
    status: z.enum(OBJECTION_STATUSES),
    ruling: z.string().nullable(),
    ruledAt: Timestamp.nullable(),
    filedAt: Timestamp,
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Objection' });

export const ObjectionList = z.object({ items: z.array(ObjectionView) });
