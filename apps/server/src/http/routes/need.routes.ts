import { CreateNeedBody, IdParams, MergeNeedBody, NeedListQuery, NeedView, UpdateNeedBody, VersionedCommand, VetNeedBody, errorResponses } from '@jiebang/contracts';
import { z } from 'zod';
import { presentNeed } from '../../presenters/need.presenter.ts';
import { createNeed } from '../../use-cases/need/create-need.ts';
import { listNeeds } from '../../use-cases/need/list-needs.ts';
import { loadNeedFor } from '../../use-cases/need/load-need.ts';
import { mergeNeed } from '../../use-cases/need/merge-need.ts';
import { reviewNeed, type NeedReviewEvent } from '../../use-cases/need/review-need.ts';
import { submitNeed } from '../../use-cases/need/submit-need.ts';
import { updateNeed } from '../../use-cases/need/update-need.ts';
import { requireActor, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Needs 需求'];
const responses = { 200: NeedView, ...errorResponses };

const REVIEW_ROUTES: { path: string; event: NeedReviewEvent; summary: string }[] = [
  { path: 'start-screening', event: 'start_screening', summary: 'Start the formal check (形式审查)' },
  { path: 'start-vetting', event: 'start_vetting', summary: 'Send to expert vetting (专家论证)' },
  { path: 'pool', event: 'pool', summary: 'Admit into the needs pool (入库); refused for basic research' },
  { path: 'return', event: 'return', summary: 'Return to the demander for revision' },
  { path: 'reject', event: 'reject', summary: 'Reject the need' },
];

async function viewNeed(ctx: UseCaseContext, id: string) {
  const { need, programme } = await loadNeedFor(ctx.deps.db, ctx, id, 'view');
  return presentNeed(ctx.deps.db, ctx.actor, need, programme);
}

export function registerNeedRoutes(app: RouteServer, r: RouteDeps) {
  app.post('/api/programmes/:id/needs', { schema: { tags, summary: 'Draft a need in a programme (demander)', params: IdParams, body: CreateNeedBody, response: { 201: NeedView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await createNeed(ctx, { ...request.body, programmeId: request.params.id });
    return reply.status(201).send(await viewNeed(ctx, id));
  });

  app.get('/api/programmes/:id/needs', { schema: { tags, summary: 'The needs pool of a programme (officers: all; demanders: their own)', params: IdParams, querystring: NeedListQuery, response: { 200: z.object({ items: z.array(NeedView) }), ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { programme, needs } = await listNeeds(ctx, request.params.id, request.query);
    return { items: await Promise.all(needs.map((need) => presentNeed(ctx.deps.db, ctx.actor, need, programme))) };
  });

  app.get('/api/needs/:id', { schema: { tags, summary: 'One need with its timeline and your allowed actions', params: IdParams, response: responses } }, async (request) => viewNeed(r.context(request), request.params.id));

  app.patch('/api/needs/:id', { schema: { tags, summary: 'Edit a draft or returned need (demander)', params: IdParams, body: UpdateNeedBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await updateNeed(ctx, request.params.id, request.body);
    return viewNeed(ctx, request.params.id);
  });

  app.post('/api/needs/:id/submit', { schema: { tags, summary: 'Submit the need to the programme office (demander)', params: IdParams, body: VersionedCommand, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await submitNeed(ctx, request.params.id, request.body);
    return viewNeed(ctx, request.params.id);
  });

  for (const route of REVIEW_ROUTES) {
    app.post(`/api/needs/:id/${route.path}`, { schema: { tags, summary: `${route.summary} (officer)`, params: IdParams, body: VetNeedBody, response: responses } }, async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await reviewNeed(ctx, request.params.id, route.event, request.body);
      return viewNeed(ctx, request.params.id);
    });
  }

  app.post('/api/needs/:id/merge', { schema: { tags, summary: 'Merge into another need of the programme (officer)', params: IdParams, body: MergeNeedBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await mergeNeed(ctx, request.params.id, request.body);
    return viewNeed(ctx, request.params.id);
  });
}
