import { AcceptanceView, ComputePayoutBody, ConcludeAcceptanceBody, IdParams, PayoutView, RecordVerdictBody, RequestAcceptanceBody, TesterAcceptanceList, VersionedCommand, errorResponses } from '@jiebang/contracts';
import { viewAcceptance, viewPayout } from '../../presenters/supervision-views.ts';
import { concludeAcceptance } from '../../use-cases/acceptance/conclude-acceptance.ts';
import { listTesterAcceptances } from '../../use-cases/acceptance/list-tester-acceptances.ts';
import { recordVerdict } from '../../use-cases/acceptance/record-verdict.ts';
import { requestAcceptance } from '../../use-cases/acceptance/request-acceptance.ts';
import { advancePayout } from '../../use-cases/payout/advance-payout.ts';
import { computePayout } from '../../use-cases/payout/compute-payout.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Acceptance & payouts 验收与成果兑现'];
const acceptanceResponses = { 200: AcceptanceView, ...errorResponses };
const payoutResponses = { 200: PayoutView, ...errorResponses };

export function registerAcceptanceRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/contracts/:id/acceptance',
    { schema: { tags, summary: 'Request acceptance once every milestone passed (the PI); the contract goes under acceptance', params: IdParams, body: RequestAcceptanceBody, response: { 201: AcceptanceView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const id = await requestAcceptance(ctx, request.params.id, request.body);
      return reply.status(201).send(await viewAcceptance(ctx, id));
    },
  );

  app.get(
    '/api/testers/me/acceptances',
    { schema: { tags, summary: 'Open acceptances of the programmes you test for, newest first, with how many indicators are measured (tester)', response: { 200: TesterAcceptanceList, ...errorResponses } } },
    async (request) => ({ items: await listTesterAcceptances(r.context(request)) }),
  );

  app.get('/api/acceptances/:id', { schema: { tags, summary: 'One acceptance: each indicator with its measured value and verdict', params: IdParams, response: acceptanceResponses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewAcceptance(ctx, request.params.id);
  });

  app.post(
    '/api/acceptances/:id/verdicts',
    { schema: { tags, summary: 'Record the measured value of one indicator (officer or tester); the verdict defaults to what the value earns', params: IdParams, body: RecordVerdictBody, response: acceptanceResponses } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await recordVerdict(ctx, request.params.id, request.body);
      return viewAcceptance(ctx, request.params.id);
    },
  );

  app.post(
    '/api/acceptances/:id/conclude',
    { schema: { tags, summary: 'Conclude from every indicator’s verdict: passed / passed_with_conditions accept the contract, failed fails it (officer)', params: IdParams, body: ConcludeAcceptanceBody, response: acceptanceResponses } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await concludeAcceptance(ctx, request.params.id, request.body);
      return viewAcceptance(ctx, request.params.id);
    },
  );

  app.post(
    '/api/contracts/:id/payouts',
    { schema: { tags, summary: 'Compute the results-based payout (成果兑现) of the programme’s funding scheme, once per contract and scheme (officer)', params: IdParams, body: ComputePayoutBody, response: { 201: PayoutView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const id = await computePayout(ctx, request.params.id, request.body);
      return reply.status(201).send(await viewPayout(ctx, id));
    },
  );

  app.get('/api/payouts/:id', { schema: { tags, summary: 'One payout with its computation', params: IdParams, response: payoutResponses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewPayout(ctx, request.params.id);
  });

  for (const event of ['approve', 'pay'] as const) {
    app.post(`/api/payouts/:id/${event}`, { schema: { tags, summary: event === 'approve' ? 'Approve a computed payout (officer)' : 'Record an approved payout as paid (officer)', params: IdParams, body: VersionedCommand, response: payoutResponses } }, async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await advancePayout(ctx, request.params.id, event, request.body);
      return viewPayout(ctx, request.params.id);
    });
  }
}
