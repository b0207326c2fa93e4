import { IdParams, MilestoneReportBody, MilestoneReviewBody, MilestoneView, TrancheView, VersionedCommand, errorResponses } from '@jiebang/contracts';
import { viewMilestone, viewTranche } from '../../presenters/supervision-views.ts';
import { reportMilestone } from '../../use-cases/milestone/report-milestone.ts';
import { reviewMilestone } from '../../use-cases/milestone/review-milestone.ts';
import { payTranche } from '../../use-cases/tranche/pay-tranche.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Milestones 里程碑与分期拨付'];

export function registerMilestoneRoutes(app: RouteServer, r: RouteDeps) {
  app.get('/api/milestones/:id', { schema: { tags, summary: 'One milestone with your actions and its timeline', params: IdParams, response: { 200: MilestoneView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewMilestone(ctx, request.params.id);
  });

  app.post('/api/milestones/:id/report', { schema: { tags, summary: 'Report on a pending milestone or one under remediation (the PI)', params: IdParams, body: MilestoneReportBody, response: { 200: MilestoneView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await reportMilestone(ctx, request.params.id, request.body);
    return viewMilestone(ctx, request.params.id);
  });

  app.post(
    '/api/milestones/:id/review',
    { schema: { tags, summary: 'Review a reported milestone (节点考核): continue unlocks its tranches, remediate (限期整改), terminate ends the contract (officer)', params: IdParams, body: MilestoneReviewBody, response: { 200: MilestoneView, ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await reviewMilestone(ctx, request.params.id, request.body);
      return viewMilestone(ctx, request.params.id);
    },
  );

  app.post('/api/tranches/:id/pay', { schema: { tags, summary: 'Disburse an unlocked tranche (officer); a locked one answers 409 tranche.pay', params: IdParams, body: VersionedCommand, response: { 200: TrancheView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await payTranche(ctx, request.params.id, request.body);
    return viewTranche(ctx, request.params.id);
  });
}
