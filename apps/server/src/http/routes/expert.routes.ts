import {
  CreateExpertBody,
  DeclareRelationBody,
  ErrorResponse,
  ExpertFieldList,
  ExpertHistory,
  ExpertImportQuery,
  ExpertImportResult,
  ExpertListQuery,
  ExpertProfileDetail,
  ExpertProfileView,
  ExpertReasonBody,
  ExpertRegistrationView,
  ExpertRelationList,
  ExpertRelationView,
  ExpertUserParams,
  Page,
  RegisterExpertBody,
  RejectExpertBody,
  RelationParams,
  UpdateExpertBody,
  errorResponses,
} from '@jiebang/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../presenters/attachment.presenter.ts';
import { presentRelation } from '../../presenters/expert.presenter.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { approveExpert } from '../../use-cases/expert/approve-expert.ts';
import { createExpert } from '../../use-cases/expert/create-expert.ts';
import { declareExpertRelation } from '../../use-cases/expert/declare-expert-relation.ts';
import { getExpert, getOwnExpertProfile } from '../../use-cases/expert/get-expert.ts';
import { getExpertImportTemplate, IMPORT_TEMPLATE_FILE_NAME } from '../../use-cases/expert/get-expert-import-template.ts';
import { importExperts } from '../../use-cases/expert/import-experts.ts';
import { listExpertFields } from '../../use-cases/expert/list-expert-fields.ts';
import { listExpertHistory } from '../../use-cases/expert/list-expert-history.ts';
import { listExperts } from '../../use-cases/expert/list-experts.ts';
import { listOwnExpertRelations } from '../../use-cases/expert/list-expert-relations.ts';
import { reactivateExpert } from '../../use-cases/expert/reactivate-expert.ts';
import { registerExpert } from '../../use-cases/expert/register-expert.ts';
import { rejectExpert } from '../../use-cases/expert/reject-expert.ts';
import { removeExpertRelation } from '../../use-cases/expert/remove-expert-relation.ts';
import { suspendExpert } from '../../use-cases/expert/suspend-expert.ts';
import { updateExpertProfile } from '../../use-cases/expert/update-expert-profile.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Experts 专家库'];
const detail = { 200: ExpertProfileDetail, ...errorResponses };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const STEPS = [
  { path: 'approve', body: ExpertReasonBody, run: approveExpert, summary: 'Admit a pending application: the profile becomes active and the expert grant is given in the pool’s tenant' },
  { path: 'reject', body: RejectExpertBody, run: rejectExpert, summary: 'Refuse a pending application, with the reason the applicant will see' },
  { path: 'suspend', body: ExpertReasonBody, run: suspendExpert, summary: 'Take an active expert out of new draws (panels they sit on finish)' },
  { path: 'reactivate', body: ExpertReasonBody, run: reactivateExpert, summary: 'Bring a suspended expert back into the draws' },
] as const;

/** The expert pool (专家库): profiles, applications, edits with history, roster import, declared relations. */
export function registerExpertRoutes(app: RouteServer, r: RouteDeps) {
  app.get('/api/experts', { schema: { tags, summary: 'The expert pool your tenants own or may draw from, filtered and paged; applications first (officers)', querystring: ExpertListQuery, response: { 200: Page(ExpertProfileView), ...errorResponses } } }, async (request) =>
    listExperts(r.context(request), request.query),
  );

  app.post('/api/experts', { schema: { tags, summary: 'Enter an expert into your pool: account, expert grant and active profile (pool officers)', body: CreateExpertBody, response: { 201: ExpertProfileDetail, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const userId = await createExpert(ctx, request.body);
    return reply.status(201).send(await getExpert(ctx, userId));
  });

  app.get('/api/experts/me', { schema: { tags, summary: '我的专家档案: your own profile, an application too while pending', response: detail } }, async (request) => getOwnExpertProfile(r.context(request)));

  app.patch('/api/experts/me', { schema: { tags, summary: 'Update your own self-service fields (fields, research direction, title, availability, phone); anything else answers 403', body: UpdateExpertBody, response: detail } }, async (request) => {
    const ctx = r.context(request);
    const actor = requireActor(ctx);
    await updateExpertProfile(ctx, actor.userId, request.body, 'own');
    return getOwnExpertProfile(ctx);
  });

  app.get('/api/experts/me/relations', { schema: { tags, summary: 'The relations you declared for recusal (回避)', response: { 200: ExpertRelationList, ...errorResponses } } }, async (request) => ({
    items: await listOwnExpertRelations(r.context(request)),
  }));

  app.post('/api/experts/me/relations', { schema: { tags, summary: 'Declare a relative, collaboration or mentorship recusal must respect', body: DeclareRelationBody, response: { 201: ExpertRelationView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await declareExpertRelation(ctx, request.body);
    const relation = await expertRepository.findRelation(ctx.deps.db, id);
    return reply.status(201).send(presentRelation(relation!));
  });

  app.delete('/api/experts/me/relations/:id', { schema: { tags, summary: 'Withdraw a relation you declared', params: RelationParams, response: { 204: z.null(), ...errorResponses } } }, async (request, reply) => {
    await removeExpertRelation(r.context(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/experts/import-template', { schema: { tags, summary: 'The roster template (.xlsx): header row and one example expert (pool officers)', response: { 200: z.any().describe('The .xlsx file'), ...errorResponses } } }, async (request, reply) => {
    const content = await getExpertImportTemplate(r.context(request));
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', contentDisposition(IMPORT_TEMPLATE_FILE_NAME)).header('cache-control', 'no-store').send(content);
  });

  app.get('/api/experts/:userId', { schema: { tags, summary: 'One expert: the drawing view for officers who may draw them; with login name, contact data and declared relations for the pool’s officers and the expert', params: ExpertUserParams, response: detail } }, async (request) =>
    getExpert(r.context(request), request.params.userId),
  );

  app.patch('/api/experts/:userId', { schema: { tags, summary: 'Edit a profile; each changed field is audited with its value before and after (pool officers)', params: ExpertUserParams, body: UpdateExpertBody, response: detail } }, async (request) => {
    const ctx = r.context(request);
    await updateExpertProfile(ctx, request.params.userId, request.body, 'office');
    return getExpert(ctx, request.params.userId);
  });

  for (const step of STEPS) {
    app.post(`/api/experts/:userId/${step.path}`, { schema: { tags, summary: `${step.summary} (pool officers)`, params: ExpertUserParams, body: step.body, response: detail } }, async (request) => {
      const ctx = r.context(request);
      await step.run(ctx, request.params.userId, request.body as { version?: number; reason: string });
      return getExpert(ctx, request.params.userId);
    });
  }

  app.get('/api/experts/:userId/history', { schema: { tags, summary: '变更记录: every change of the profile with before/after values (pool officers)', params: ExpertUserParams, response: { 200: ExpertHistory, ...errorResponses } } }, async (request) => ({
    items: await listExpertHistory(r.context(request), request.params.userId),
  }));

  app.get('/api/expert-fields', { schema: { tags, summary: 'The field catalogue experts and challenges are classified by (GB/T 4754-2017 divisions), public', response: { 200: ExpertFieldList, ...errorResponses } } }, async () => ({
    items: listExpertFields(),
  }));

  app.post('/api/expert-registrations', { schema: { tags, summary: 'Apply to a pool as an expert (public): an account without grants and a pending profile for the office to review', body: RegisterExpertBody, response: { 201: ExpertRegistrationView, ...errorResponses } } }, async (request, reply) => {
    const result = await registerExpert(r.context(request), request.body);
    return reply.status(201).send({ userId: result.userId, username: request.body.username, status: 'pending' as const, tenantName: result.tenantName });
  });

  // The roster upload's body is the raw .xlsx; its parser lives in this scope only, so other routes stay JSON.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/experts/import',
      {
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          tags,
          summary: 'Import a roster (.xlsx, raw body, ≤ 5 MB): every row checked and errors named by row and column; dryRun=false saves all rows or none (pool officers)',
          querystring: ExpertImportQuery,
          response: { 200: ExpertImportResult, ...errorResponses, 413: ErrorResponse },
        },
      },
      async (request) => importExperts(r.context(request), { content: request.body as Buffer, dryRun: request.query.dryRun, tenantId: request.query.tenantId }),
    );
  });
}
