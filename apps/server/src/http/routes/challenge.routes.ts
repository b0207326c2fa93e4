import {
  CancelChallengeBody,
  ChallengeCommandBody,
  ChallengeGroupView,
  ChallengeHallQuery,
  ChallengeSummary,
  ChallengeView,
  CreateChallengeBody,
  CreateChallengeGroupBody,
  IdParams,
  NextChallengeBody,
  Page,
  ProgrammeChallengesQuery,
  UpdateChallengeBody,
  errorResponses,
} from '@jiebang/contracts';
import { z } from 'zod';
import { presentChallenge, presentChallengeGroup, presentChallengeGroups, presentChallengeSummary } from '../../presenters/challenge.presenter.ts';
import { appendGroupChallenge } from '../../use-cases/challenge/append-group-challenge.ts';
import { cancelChallenge } from '../../use-cases/challenge/cancel-challenge.ts';
import { closeChallengeBidding } from '../../use-cases/challenge/close-challenge-bidding.ts';
import { createChallengeGroup } from '../../use-cases/challenge/create-challenge-group.ts';
import { createChallenge } from '../../use-cases/challenge/create-challenge.ts';
import { listChallengeGroups } from '../../use-cases/challenge/list-challenge-groups.ts';
import { listChallengeHall } from '../../use-cases/challenge/list-challenge-hall.ts';
import { listProgrammeChallenges } from '../../use-cases/challenge/list-programme-challenges.ts';
import { loadChallengeFor } from '../../use-cases/challenge/load-challenge.ts';
import { loadChallengeGroup } from '../../use-cases/challenge/load-challenge-group.ts';
import { publishChallenge } from '../../use-cases/challenge/publish-challenge.ts';
import { republishChallenge } from '../../use-cases/challenge/republish-challenge.ts';
import { reviewChallenge, type ChallengeReviewEvent } from '../../use-cases/challenge/review-challenge.ts';
import { updateChallenge } from '../../use-cases/challenge/update-challenge.ts';
import { requireActor, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Challenges 榜单'];
const responses = { 200: ChallengeView, ...errorResponses };

const REVIEW_ROUTES: { path: string; event: ChallengeReviewEvent; summary: string }[] = [
  { path: 'submit-for-review', event: 'submit_for_review', summary: 'Submit the draft for internal review (内部审核)' },
  { path: 'return-to-drafting', event: 'return_to_drafting', summary: 'Return to drafting for revision' },
  { path: 'approve', event: 'approve', summary: 'Approve for publication' },
  { path: 'start-review', event: 'start_review', summary: 'Start reviewing the bids after bidding closed' },
  { path: 'declare-no-award', event: 'declare_no_award', summary: 'Declare no award (流榜); the challenge may then be re-published as a new version' },
];

async function viewChallenge(ctx: UseCaseContext, id: string) {
  const { challenge, programme } = await loadChallengeFor(ctx.deps.db, ctx, id, 'view');
  return presentChallenge(ctx.deps.db, ctx.actor, challenge, programme, ctx.deps.now());
}

async function viewGroup(ctx: UseCaseContext, id: string) {
  return presentChallengeGroup(ctx.deps.db, ctx.actor, await loadChallengeGroup(ctx, id));
}

export function registerChallengeRoutes(app: RouteServer, r: RouteDeps) {
  app.get('/api/challenges', { schema: { tags, summary: 'The public challenge hall (揭榜大厅): every tenant’s published and later challenges, no sign-in needed', querystring: ChallengeHallQuery, response: { 200: Page(ChallengeSummary), ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { total, rows } = await listChallengeHall(ctx, request.query);
    return { items: rows.map((row) => presentChallengeSummary(ctx.actor, row, ctx.deps.now())), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/challenges/:id', { schema: { tags, summary: 'One challenge: terms, funding preview, eligibility, group, versions, your actions, timeline', params: IdParams, response: responses } }, async (request) => viewChallenge(r.context(request), request.params.id));

  app.post('/api/programmes/:id/challenges', { schema: { tags, summary: 'Draft a challenge from pooled needs (officer)', params: IdParams, body: CreateChallengeBody, response: { 201: ChallengeView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await createChallenge(ctx, { ...request.body, programmeId: request.params.id });
    return reply.status(201).send(await viewChallenge(ctx, id));
  });

  app.get('/api/programmes/:id/challenges', { schema: { tags, summary: 'Challenges of a programme (officers: every status; others: the public ones)', params: IdParams, querystring: ProgrammeChallengesQuery, response: { 200: z.object({ items: z.array(ChallengeSummary) }), ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { rows } = await listProgrammeChallenges(ctx, request.params.id, request.query);
    return { items: rows.map((row) => presentChallengeSummary(ctx.actor, row, ctx.deps.now())) };
  });

  app.patch('/api/challenges/:id', { schema: { tags, summary: 'Edit a drafting challenge (officer)', params: IdParams, body: UpdateChallengeBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await updateChallenge(ctx, request.params.id, request.body);
    return viewChallenge(ctx, request.params.id);
  });

  for (const route of REVIEW_ROUTES) {
    app.post(`/api/challenges/:id/${route.path}`, { schema: { tags, summary: `${route.summary} (officer)`, params: IdParams, body: ChallengeCommandBody, response: responses } }, async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await reviewChallenge(ctx, request.params.id, route.event, request.body);
      return viewChallenge(ctx, request.params.id);
    });
  }

  app.post('/api/challenges/:id/publish', { schema: { tags, summary: 'Publish (发榜): needs a future bid deadline and a budget; notifies the demander (officer)', params: IdParams, body: ChallengeCommandBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await publishChallenge(ctx, request.params.id, request.body);
    return viewChallenge(ctx, request.params.id);
  });

  app.post('/api/challenges/:id/close-bidding', { schema: { tags, summary: 'Close bidding once the deadline has passed (officer)', params: IdParams, body: ChallengeCommandBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await closeChallengeBidding(ctx, request.params.id, request.body);
    return viewChallenge(ctx, request.params.id);
  });

  app.post('/api/challenges/:id/cancel', { schema: { tags, summary: 'Cancel (撤榜) from any non-terminal status, with a reason (officer)', params: IdParams, body: CancelChallengeBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await cancelChallenge(ctx, request.params.id, request.body);
    return viewChallenge(ctx, request.params.id);
  });

  app.post('/api/challenges/:id/republish', { schema: { tags, summary: 'Re-publish a 流榜 challenge as a new drafting version linked to this one (officer)', params: IdParams, body: ChallengeCommandBody, response: { 201: ChallengeView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    requireActor(ctx);
    const id = await republishChallenge(ctx, request.params.id, request.body);
    return reply.status(201).send(await viewChallenge(ctx, id));
  });

  app.post('/api/programmes/:id/challenge-groups', { schema: { tags, summary: 'Open a challenge group (项目群) in a programme (officer)', params: IdParams, body: CreateChallengeGroupBody, response: { 201: ChallengeGroupView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    requireActor(ctx);
    const id = await createChallengeGroup(ctx, request.params.id, request.body);
    return reply.status(201).send(await viewGroup(ctx, id));
  });

  app.get('/api/programmes/:id/challenge-groups', { schema: { tags, summary: 'Challenge groups of a programme with the challenges you may see', params: IdParams, response: { 200: z.object({ items: z.array(ChallengeGroupView) }), ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { groups } = await listChallengeGroups(ctx, request.params.id);
    return { items: await presentChallengeGroups(ctx.deps.db, ctx.actor, groups) };
  });

  app.get('/api/challenge-groups/:id', { schema: { tags, summary: 'One challenge group', params: IdParams, response: { 200: ChallengeGroupView, ...errorResponses } } }, async (request) => viewGroup(r.context(request), request.params.id));

  app.post(
    '/api/challenge-groups/:id/next-challenge',
    { schema: { tags, summary: 'Draft the next challenge of the group; in a continuous group it goes directly to the previous winner (officer)', params: IdParams, body: NextChallengeBody, response: { 201: ChallengeView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      const id = await appendGroupChallenge(ctx, request.params.id, request.body);
      return reply.status(201).send(await viewChallenge(ctx, id));
    },
  );
}
