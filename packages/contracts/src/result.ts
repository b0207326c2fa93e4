import { z } from 'zod';
import { ChallengeResultsView } from './award.ts';
import { Fen, PageQuery, Timestamp } from './common.ts';

/** One awarded unit as the public sees it (open data): the same shape as a challenge's own results. */
export const PublicAwardedUnit = ChallengeResultsView.shape.winners.element;

export const PublicResultView = z
  .object({
    challengeId: z.uuid(),
    challengeCode: z.string(),
    challengeTitle: z.string(),
    field: z.string(),
    programmeId: z.uuid(),
    programmeName: z.string(),
    issuer: z.string().describe('Tenant name of the issuer (发榜方)'),
    regionCode: z.string().nullable().describe('The programme’s region (GB/T 2260)'),
    budgetFen: Fen.describe('The published budget of the challenge (榜单资金), public from publication'),
    maxWinners: z.number().int().describe('More than one = 赛马制'),
    awardedAt: Timestamp.describe('When the latest unit was awarded'),
    winners: z.array(PublicAwardedUnit).describe('In rank order; awards whose negotiation failed are left out'),
  })
  .meta({ id: 'PublicResult' });

export const PublicResultsQuery = PageQuery.extend({
  challengeId: z.uuid().optional().describe('Only this challenge'),
  programmeId: z.uuid().optional(),
});
