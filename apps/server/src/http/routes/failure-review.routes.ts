import { DecideFailureReviewBody, FailureReviewView, IdParams, IntegrityRecordList, IntegrityRecordQuery, OpenFailureReviewBody, errorResponses } from '@jiebang/contracts';
import { presentIntegrityRecord } from '../../presenters/failure-review.presenter.ts';
import { viewFailureReview } from '../../presenters/supervision-views.ts';
import { decideFailureReview } from '../../use-cases/failure-review/decide-failure-review.ts';
import { openFailureReview } from '../../use-cases/failure-review/open-failure-review.ts';
import { listIntegrityRecords } from '../../use-cases/integrity/list-integrity-records.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Failure tolerance 宽容失败与诚信'];
const responses = { 200: FailureReviewView, ...errorResponses };

export function registerFailureReviewRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/contracts/:id/failure-review',
    { schema: { tags, summary: 'Open a diligence review of a failed or terminated project (officer)', params: IdParams, body: OpenFailureReviewBody, response: { 201: FailureReviewView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const id = await openFailureReview(ctx, request.params.id);
      return reply.status(201).send(await viewFailureReview(ctx, id));
    },
  );

  app.get('/api/failure-reviews/:id', { schema: { tags, summary: 'One failure review with the integrity records it created', params: IdParams, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewFailureReview(ctx, request.params.id);
  });

  app.post(
    '/api/failure-reviews/:id/decide',
    { schema: { tags, summary: 'Decide the finding: a diligent failure leaves no record; negligence and misconduct record the lead organisation and the PI (officer)', params: IdParams, body: DecideFailureReviewBody, response: responses } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await decideFailureReview(ctx, request.params.id, request.body);
      return viewFailureReview(ctx, request.params.id);
    },
  );

  app.get(
    '/api/integrity-records',
    { schema: { tags, summary: 'Integrity records (信用管理) of an organisation or a user (officers, audit admin)', querystring: IntegrityRecordQuery, response: { 200: IntegrityRecordList, ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      const rows = await listIntegrityRecords(ctx, request.query);
      const now = ctx.deps.now();
      return { items: rows.map((row) => presentIntegrityRecord(row, now)) };
    },
  );
}
