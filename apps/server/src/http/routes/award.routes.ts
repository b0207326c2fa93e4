import { AwardChallengeBody, AwardResultView, ChallengeAwardList, ChallengeResultsView, IdParams, errorResponses } from '@jiebang/contracts';
import { presentAwards } from '../../presenters/award.presenter.ts';
import { awardChallenge } from '../../use-cases/award/award-challenge.ts';
import { listChallengeAwards } from '../../use-cases/award/list-challenge-awards.ts';
import { listChallengeResults } from '../../use-cases/award/list-challenge-results.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Award 揭榜成功'];

export function registerAwardRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/challenges/:id/award',
    { schema: { tags, summary: 'Award the challenge to the noticed bids without upheld objections, ≤ max winners (赛马制 when > 1) (officer; notice closed)', params: IdParams, body: AwardChallengeBody, response: { 200: AwardResultView, ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      const result = await awardChallenge(ctx, request.params.id, request.body);
      const { awards, programmeRef } = await listChallengeAwards(ctx, result.challengeId);
      const made = awards.filter((award) => result.awardIds.includes(award.id));
      return { challengeId: result.challengeId, challengeStatus: result.challengeStatus, challengeVersion: result.challengeVersion, raceMode: result.raceMode, awards: await presentAwards(ctx.deps.db, ctx.actor, made, programmeRef) };
    },
  );

  app.get('/api/challenges/:id/awards', { schema: { tags, summary: 'Every award of a challenge in rank order, with its contract and the step to open negotiation (对接洽谈) (officer)', params: IdParams, response: { 200: ChallengeAwardList, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { awards, programmeRef } = await listChallengeAwards(ctx, request.params.id);
    return { items: await presentAwards(ctx.deps.db, ctx.actor, awards, programmeRef) };
  });

  app.get('/api/challenges/:id/results', { schema: { tags, summary: 'The awarded units of a challenge and their ranks (public, no session needed)', params: IdParams, response: { 200: ChallengeResultsView, ...errorResponses } } }, async (request) =>
    listChallengeResults(r.context(request), request.params.id),
  );
}
