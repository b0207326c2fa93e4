import { ContractList, ContractTermsBody, ContractView, FailNegotiationBody, FailNegotiationResult, IdParams, StartNegotiationBody, VersionedCommand, errorResponses } from '@jiebang/contracts';
import { presentContractSummaries } from '../../presenters/contract.presenter.ts';
import { viewContract } from '../../presenters/supervision-views.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { closeContract } from '../../use-cases/contract/close-contract.ts';
import { failNegotiation } from '../../use-cases/contract/fail-negotiation.ts';
import { listMyContracts } from '../../use-cases/contract/list-my-contracts.ts';
import { setContractTerms } from '../../use-cases/contract/set-contract-terms.ts';
import { signContract } from '../../use-cases/contract/sign-contract.ts';
import { startNegotiation } from '../../use-cases/contract/start-negotiation.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Contracts 任务书'];
const responses = { 200: ContractView, ...errorResponses };

export function registerContractRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/awards/:id/contract',
    { schema: { tags, summary: 'Open negotiation (对接洽谈) on a standing award: indicators, deliverables and IP terms are frozen from the challenge (officer)', params: IdParams, body: StartNegotiationBody, response: { 201: ContractView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const id = await startNegotiation(ctx, request.params.id);
      return reply.status(201).send(await viewContract(ctx, id));
    },
  );

  app.get('/api/contracts/mine', { schema: { tags, summary: 'Contracts you take part in (PI, lead or demanding organisation, programme officer)', response: { 200: ContractList, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    return { items: await presentContractSummaries(ctx.deps.db, await listMyContracts(ctx)) };
  });

  app.get('/api/contracts/:id', { schema: { tags, summary: 'One contract with milestones, tranches, changes, expenses, acceptance, payouts, your actions and its timeline', params: IdParams, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewContract(ctx, request.params.id);
  });

  app.put(
    '/api/contracts/:id/terms',
    { schema: { tags, summary: 'Set the negotiated terms, milestones and tranche schedule (officer, during negotiation); replaces the schedule', params: IdParams, body: ContractTermsBody, response: responses } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await setContractTerms(ctx, request.params.id, request.body);
      return viewContract(ctx, request.params.id);
    },
  );

  app.post('/api/contracts/:id/sign', { schema: { tags, summary: 'Sign the contract: it becomes active, signing tranches unlock, upfront funding is computed (officer)', params: IdParams, body: VersionedCommand, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await signContract(ctx, request.params.id, request.body);
    return viewContract(ctx, request.params.id);
  });

  app.post(
    '/api/contracts/:id/fail-negotiation',
    {
      schema: {
        tags,
        summary: 'Record that negotiation failed; the best-ranked remaining alternate (候补) of the latest closed public notice is selected and awarded, if any (officer)',
        params: IdParams,
        body: FailNegotiationBody,
        response: { 200: FailNegotiationResult, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const { fallback, fallbackReason } = await failNegotiation(ctx, request.params.id, request.body);
      const names = fallback ? await organisationRepository.namesById(ctx.deps.db, [fallback.leadOrgId]) : new Map<string, string>();
      return {
        contract: await viewContract(ctx, request.params.id),
        fallbackAward: fallback ? { ...fallback, leadOrgName: names.get(fallback.leadOrgId) ?? '' } : null,
        fallbackReason,
      };
    },
  );

  app.post('/api/contracts/:id/close', { schema: { tags, summary: 'Close an accepted contract once its payout is paid (officer)', params: IdParams, body: VersionedCommand, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await closeContract(ctx, request.params.id, request.body);
    return viewContract(ctx, request.params.id);
  });
}
