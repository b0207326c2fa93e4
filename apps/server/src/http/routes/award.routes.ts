import { AwardChallengeBody, AwardResultView, ChallengeResultsView, IdParams, errorResponses } from '@jiebang/contracts';
import { presentAward } from '../../presenters/award.presenter.ts';
import { awardRepository } from '../../repositories/award.repository.ts';
import { awardChallenge } from '../../use-cases/award/award-challenge.ts';
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
      const awards = (await awardRepository.listByChallenge(ctx.deps.db, result.challengeId)).filter((award) => result.awardIds.includes(award.id));
      return { challengeId: result.challengeId, challengeStatus: result.challengeStatus, challengeVersion: result.challengeVersion, raceMode: result.raceMode, awards: await Promise.all(awards.map((award) => presentAward(ctx.deps.db, award))) };
    },
  );

  app.get('/api/challenges/:id/results', { schema: { tags, summary: 'The awarded units of a challenge and their ranks (public, no session needed)', params: IdParams, response: { 200: ChallengeResultsView, ...errorResponses } } }, async (request) =>
    listChallengeResults(r.context(request), request.params.id),
  );
}
