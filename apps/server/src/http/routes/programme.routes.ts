import {
  CreateProgrammeBody,
  FundingPreviewBody,
  FundingPreviewView,
  IdParams,
  Page,
  PolicyPresetView,
  ProgrammeDashboardView,
  ProgrammeLifecycleBody,
  ProgrammeListQuery,
  ProgrammeSummary,
  ProgrammeView,
  UpdateProgrammePolicyBody,
  errorResponses,
} from '@jiebang/contracts';
import { POLICY_PRESETS, type ProgrammeEvent } from '@jiebang/domain';
import { z } from 'zod';
import { presentFundingOutcome, presentProgramme, presentProgrammeSummary } from '../../presenters/programme.presenter.ts';
import { changeProgrammeStatus } from '../../use-cases/programme/change-programme-status.ts';
import { createProgramme } from '../../use-cases/programme/create-programme.ts';
import { getProgrammeDashboard } from '../../use-cases/programme/get-programme-dashboard.ts';
import { listProgrammes } from '../../use-cases/programme/list-programmes.ts';
import { loadProgrammeFor } from '../../use-cases/programme/load-programme.ts';
import { previewFunding } from '../../use-cases/programme/preview-funding.ts';
import { updateProgrammePolicy } from '../../use-cases/programme/update-programme-policy.ts';
import { requireActor, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Programmes 计划'];
const responses = { 200: ProgrammeView, ...errorResponses };

const LIFECYCLE_ROUTES: { path: string; event: ProgrammeEvent; summary: string }[] = [
  { path: 'activate', event: 'activate', summary: 'Activate: open needs collection and challenge publication (officer)' },
  { path: 'close', event: 'close', summary: 'Close: no new needs or challenges (officer)' },
];

async function viewProgramme(ctx: UseCaseContext, id: string) {
  const programme = await loadProgrammeFor(ctx.deps.db, ctx, id, 'view');
  return presentProgramme(ctx.deps.db, ctx.actor, programme);
}

export function registerProgrammeRoutes(app: RouteServer, r: RouteDeps) {
  app.get('/api/policy-presets', { schema: { tags, summary: 'Policy presets drawn from real programmes (Ningbo, Shenyang, MIIT, enterprise bounty)', response: { 200: z.object({ items: z.array(PolicyPresetView) }) } } }, async () => ({
    items: Object.values(POLICY_PRESETS),
  }));

  app.post('/api/programmes', { schema: { tags, summary: 'Create a programme from a policy preset (tenant-wide programme owner)', body: CreateProgrammeBody, response: { 201: ProgrammeView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await createProgramme(ctx, request.body);
    return reply.status(201).send(await viewProgramme(ctx, id));
  });

  app.get('/api/programmes', { schema: { tags, summary: 'Programmes of every tenant (drafts only for their officers)', querystring: ProgrammeListQuery, response: { 200: Page(ProgrammeSummary), ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { total, rows } = await listProgrammes(ctx, request.query);
    return { items: rows.map((row) => presentProgrammeSummary(ctx.actor, row)), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/programmes/:id', { schema: { tags, summary: 'One programme with its policy, your actions and its timeline', params: IdParams, response: responses } }, async (request) => viewProgramme(r.context(request), request.params.id));

  app.get('/api/programmes/:id/dashboard', { schema: { tags, summary: 'Counts per stage and money committed and paid (officers of the programme)', params: IdParams, response: { 200: ProgrammeDashboardView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return getProgrammeDashboard(ctx, request.params.id);
  });

  app.put('/api/programmes/:id/policy', { schema: { tags, summary: 'Replace the programme policy (officer); audited with before and after', params: IdParams, body: UpdateProgrammePolicyBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    const { version, ...policy } = request.body;
    await updateProgrammePolicy(ctx, request.params.id, { policy, version });
    return viewProgramme(ctx, request.params.id);
  });

  for (const route of LIFECYCLE_ROUTES) {
    app.post(`/api/programmes/:id/${route.path}`, { schema: { tags, summary: route.summary, params: IdParams, body: ProgrammeLifecycleBody, response: responses } }, async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await changeProgrammeStatus(ctx, request.params.id, route.event, request.body);
      return viewProgramme(ctx, request.params.id);
    });
  }

  app.post('/api/programmes/:id/funding-preview', { schema: { tags, summary: 'What the programme’s funding scheme pays for a base amount (public)', params: IdParams, body: FundingPreviewBody, response: { 200: FundingPreviewView, ...errorResponses } } }, async (request) => {
    const { scheme, outcome } = await previewFunding(r.context(request), request.params.id, request.body.baseFen);
    return presentFundingOutcome(scheme, outcome);
  });
}
