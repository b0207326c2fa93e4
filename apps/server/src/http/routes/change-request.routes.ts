import { ApprovalDecisionBody, ChangeRequestView, ExpenseView, FileChangeRequestBody, IdParams, SubmitExpenseBody, errorResponses } from '@jiebang/contracts';
import { viewChangeRequest, viewExpense } from '../../presenters/supervision-views.ts';
import { decideChangeRequest } from '../../use-cases/change-request/decide-change-request.ts';
import { fileChangeRequest } from '../../use-cases/change-request/file-change-request.ts';
import { decideExpense } from '../../use-cases/expense/decide-expense.ts';
import { submitExpense } from '../../use-cases/expense/submit-expense.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Change requests & expenses 变更与经费包干'];

export function registerChangeRequestRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/contracts/:id/change-requests',
    { schema: { tags, summary: 'File a change (the PI, contract active): route/team changes are filed (备案) at once, indicator/PI/lead-org changes wait for approval', params: IdParams, body: FileChangeRequestBody, response: { 201: ChangeRequestView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const id = await fileChangeRequest(ctx, request.params.id, request.body);
      return reply.status(201).send(await viewChangeRequest(ctx, id));
    },
  );

  app.get('/api/change-requests/:id', { schema: { tags, summary: 'One change request', params: IdParams, response: { 200: ChangeRequestView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewChangeRequest(ctx, request.params.id);
  });

  app.post(
    '/api/change-requests/:id/decide',
    { schema: { tags, summary: 'Approve or reject a change awaiting approval (officer); an approved change rewrites the contract', params: IdParams, body: ApprovalDecisionBody, response: { 200: ChangeRequestView, ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await decideChangeRequest(ctx, request.params.id, request.body);
      return viewChangeRequest(ctx, request.params.id);
    },
  );

  app.post(
    '/api/contracts/:id/expenses',
    { schema: { tags, summary: 'Book an expense against an active contract (lead-organisation staff or the PI)', params: IdParams, body: SubmitExpenseBody, response: { 201: ExpenseView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      requireActor(ctx);
      const id = await submitExpense(ctx, request.params.id, request.body);
      return reply.status(201).send(await viewExpense(ctx, id));
    },
  );

  app.post(
    '/api/expenses/:id/decide',
    { schema: { tags, summary: 'Approve or reject an expense: the PI under a lump-sum budget (经费包干制), otherwise the officer', params: IdParams, body: ApprovalDecisionBody, response: { 200: ExpenseView, ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await decideExpense(ctx, request.params.id, request.body);
      return viewExpense(ctx, request.params.id);
    },
  );
}
