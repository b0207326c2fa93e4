import { BidList, BidView, CreateBidBody, IdParams, MyBidsPage, MyBidsQuery, ReturnBidBody, SignPiCommitmentBody, UpdateBidBody, VersionedCommand, errorResponses } from '@jiebang/contracts';
import { presentBid, presentBids } from '../../presenters/bid.presenter.ts';
import { checkBidEligibility } from '../../use-cases/bid/check-eligibility.ts';
import { createBid } from '../../use-cases/bid/create-bid.ts';
import { listChallengeBids } from '../../use-cases/bid/list-challenge-bids.ts';
import { listMyBids } from '../../use-cases/bid/list-my-bids.ts';
import { loadBidFor } from '../../use-cases/bid/load-bid.ts';
import { returnBidForRevision } from '../../use-cases/bid/return-bid.ts';
import { signPiCommitment } from '../../use-cases/bid/sign-pi-commitment.ts';
import { submitBid } from '../../use-cases/bid/submit-bid.ts';
import { updateBid } from '../../use-cases/bid/update-bid.ts';
import { withdrawBid } from '../../use-cases/bid/withdraw-bid.ts';
import { requireActor, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Bids 揭榜'];
const responses = { 200: BidView, ...errorResponses };

async function viewBid(ctx: UseCaseContext, id: string) {
  const { bid } = await loadBidFor(ctx.deps.db, ctx, id, 'view');
  return presentBid(ctx.deps.db, ctx.actor, bid, ctx.deps.now());
}

export function registerBidRoutes(app: RouteServer, r: RouteDeps) {
  app.post('/api/challenges/:id/bids', { schema: { tags, summary: 'Draft a bid, alone or as a consortium (lead organisation staff)', params: IdParams, body: CreateBidBody, response: { 201: BidView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await createBid(ctx, { ...request.body, challengeId: request.params.id });
    return reply.status(201).send(await viewBid(ctx, id));
  });

  app.get('/api/challenges/:id/bids', { schema: { tags, summary: 'Bids on a challenge (officers: all; bidders: only their own)', params: IdParams, response: { 200: BidList, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const bids = await listChallengeBids(ctx, request.params.id);
    return { items: await presentBids(ctx.deps.db, ctx.actor, bids, ctx.deps.now()) };
  });

  app.get('/api/bids/mine', { schema: { tags, summary: 'Bids where your organisations lead or are members, or you are the PI, newest first, paged', querystring: MyBidsQuery, response: { 200: MyBidsPage, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { rows, total } = await listMyBids(ctx, request.query);
    return { items: await presentBids(ctx.deps.db, ctx.actor, rows, ctx.deps.now()), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/bids/:id', { schema: { tags, summary: 'One bid with its timeline and your allowed actions (bidder isolation: others get 404)', params: IdParams, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewBid(ctx, request.params.id);
  });

  app.patch('/api/bids/:id', { schema: { tags, summary: 'Edit a draft or returned bid (lead staff); changing the PI or the commitments voids the PI’s signature', params: IdParams, body: UpdateBidBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await updateBid(ctx, request.params.id, request.body);
    return viewBid(ctx, request.params.id);
  });

  app.post('/api/bids/:id/pi-commitment', { schema: { tags, summary: 'Sign the commitment (承诺书/军令状) — the PI in person', params: IdParams, body: SignPiCommitmentBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await signPiCommitment(ctx, request.params.id, request.body);
    return viewBid(ctx, request.params.id);
  });

  app.post('/api/bids/:id/submit', { schema: { tags, summary: 'Submit before the deadline; a returned bid also within 7 days of its return while the formal check runs (lead staff)', params: IdParams, body: VersionedCommand, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await submitBid(ctx, request.params.id, request.body);
    return viewBid(ctx, request.params.id);
  });

  app.post('/api/bids/:id/withdraw', { schema: { tags, summary: 'Withdraw the bid (lead staff)', params: IdParams, body: ReturnBidBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await withdrawBid(ctx, request.params.id, request.body);
    return viewBid(ctx, request.params.id);
  });

  app.post(
    '/api/bids/:id/check-eligibility',
    { schema: { tags, summary: 'Run the formal check (形式审查) and pass or fail the bid (officer); in claim mode a pass also shortlists', params: IdParams, body: VersionedCommand, response: responses } },
    async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await checkBidEligibility(ctx, request.params.id, request.body);
      return viewBid(ctx, request.params.id);
    },
  );

  app.post('/api/bids/:id/return-for-revision', { schema: { tags, summary: 'Return the bid for revision during the formal check, before the shortlist; it may be resubmitted for 7 days (officer)', params: IdParams, body: ReturnBidBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await returnBidForRevision(ctx, request.params.id, request.body);
    return viewBid(ctx, request.params.id);
  });
}
