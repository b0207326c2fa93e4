import { Page, PublicResultView, PublicResultsQuery, errorResponses } from '@jiebang/contracts';
import { presentPublicResults } from '../../presenters/result.presenter.ts';
import { listPublicResults } from '../../use-cases/award/list-public-results.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Award 揭榜成功'];

export function registerResultRoutes(app: RouteServer, r: RouteDeps) {
  app.get(
    '/api/results',
    { schema: { tags, summary: 'Awarded results (揭榜结果) of every tenant, newest award first: units, ranks, budget (public, no session needed)', querystring: PublicResultsQuery, response: { 200: Page(PublicResultView), ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      const { total, rows } = await listPublicResults(ctx, request.query);
      return { items: await presentPublicResults(ctx.deps.db, rows), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
}
