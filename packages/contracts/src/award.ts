import { z } from 'zod';
import { AWARD_STATUSES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, Timestamp, VersionedCommand } from './common.ts';

export const AwardChallengeBody = VersionedCommand.describe('version = the challenge version you read');

export const AwardView = z
  .object({
    id: z.uuid(),
    challengeId: z.uuid(),
    bidId: z.uuid(),
    leadOrgId: z.uuid(),
    leadOrgName: z.string(),
    rank: z.number().int(),
    status: z.enum(AWARD_STATUSES),
    awardedAt: Timestamp,
    contractId: z.uuid().nullable().describe('The contract negotiated from this award (对接洽谈 opened), null before'),
    actions: Actions.describe('start_negotiation: open 对接洽谈 (officer; a standing award without a contract)'),
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Award' });

export const AwardResultView = z
  .object({
    challengeId: z.uuid(),
    challengeStatus: z.string(),
    challengeVersion: z.number().int(),
    raceMode: z.boolean().describe('More than one winner (赛马制)'),
    awards: z.array(AwardView),
  })
  .meta({ id: 'AwardResult' });

export const ChallengeAwardList = z.object({ items: z.array(AwardView) }).meta({ id: 'ChallengeAwards' });

export const ChallengeResultsView = z
  .object({
    challengeId: z.uuid(),
    challengeTitle: z.string(),
    challengeStatus: z.string(),
    winners: z.array(z.object({ rank: z.number().int(), organisationName: z.string(), memberOrgNames: z.array(z.string()), bidTitle: z.string(), awardedAt: Timestamp })),
  })
  .meta({ id: 'ChallengeResults' });
