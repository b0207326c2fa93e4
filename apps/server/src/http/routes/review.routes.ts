import {
  AddPanelMemberBody,
  ExpertAssignmentsView,
  IdParams,
  PanelMemberParams,
  PanelView,
  RankingView,
  ReasonedCommand,
  ReviewScoreView,
  ShortlistResultView,
  SubmitScoreBody,
  VersionedCommand,
  errorResponses,
} from '@jiebang/contracts';
import type { PanelEvent } from '@jiebang/domain';
import { presentPanel, presentScore } from '../../presenters/review.presenter.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { addPanelMember } from '../../use-cases/review/add-panel-member.ts';
import { advancePanel } from '../../use-cases/review/advance-panel.ts';
import { createPanel } from '../../use-cases/review/create-panel.ts';
import { getRanking } from '../../use-cases/review/get-ranking.ts';
import { listExpertAssignments } from '../../use-cases/review/list-expert-assignments.ts';
import { loadPanelFor } from '../../use-cases/review/load-panel.ts';
import { removePanelMember } from '../../use-cases/review/remove-panel-member.ts';
import { shortlistBids } from '../../use-cases/review/shortlist-bids.ts';
import { submitScore } from '../../use-cases/review/submit-score.ts';
import { loadChallengeAsOfficer } from '../../use-cases/bid/load-challenge.ts';
import { notFound, requireActor, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Review 评审'];
const responses = { 200: PanelView, ...errorResponses };

async function viewPanel(ctx: UseCaseContext, id: string) {
  const { panel, challenge, programmeRef, policy } = await loadPanelFor(ctx.deps.db, ctx, id, 'view');
  return presentPanel(ctx.deps.db, ctx.actor, panel, challenge, programmeRef, policy);
}

const PANEL_STEPS: { path: string; event: PanelEvent; summary: string }[] = [
  { path: 'open-scoring', event: 'open_scoring', summary: 'Open scoring (needs at least minScoresPerBid experts)' },
  { path: 'close-scoring', event: 'close_scoring', summary: 'Close scoring; ranking can then be fixed by shortlisting' },
];

export function registerReviewRoutes(app: RouteServer, r: RouteDeps) {
  app.post('/api/challenges/:id/panel', { schema: { tags, summary: 'Form the review panel of a challenge under review; the rubric is copied from the programme policy (officer)', params: IdParams, body: VersionedCommand, response: { 201: PanelView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await createPanel(ctx, request.params.id);
    return reply.status(201).send(await viewPanel(ctx, id));
  });

  app.get('/api/challenges/:id/panel', { schema: { tags, summary: 'The review panel of a challenge (officer)', params: IdParams, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await loadChallengeAsOfficer(ctx.deps.db, ctx, request.params.id, 'review_panel.view');
    const panel = await reviewRepository.findPanelByChallenge(ctx.deps.db, request.params.id);
    if (!panel) throw notFound('review_panel', request.params.id);
    return viewPanel(ctx, panel.id);
  });

  app.get('/api/panels/:id', { schema: { tags, summary: 'One review panel with its experts (officer)', params: IdParams, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return viewPanel(ctx, request.params.id);
  });

  app.post('/api/panels/:id/members', { schema: { tags, summary: 'Add an expert to a forming panel; refuses a conflict of interest (回避) (officer)', params: IdParams, body: AddPanelMemberBody, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await addPanelMember(ctx, request.params.id, request.body);
    return viewPanel(ctx, request.params.id);
  });

  app.delete('/api/panels/:id/members/:expertUserId', { schema: { tags, summary: 'Remove an expert from a forming panel (officer)', params: PanelMemberParams, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await removePanelMember(ctx, request.params.id, request.params.expertUserId, {});
    return viewPanel(ctx, request.params.id);
  });

  for (const step of PANEL_STEPS) {
    app.post(`/api/panels/:id/${step.path}`, { schema: { tags, summary: `${step.summary} (officer)`, params: IdParams, body: VersionedCommand, response: responses } }, async (request) => {
      const ctx = r.context(request);
      requireActor(ctx);
      await advancePanel(ctx, request.params.id, step.event, request.body);
      return viewPanel(ctx, request.params.id);
    });
  }

  app.get('/api/experts/me/assignments', { schema: { tags, summary: 'Your panels and the bids under review to score, with the rubric (expert)', response: { 200: ExpertAssignmentsView, ...errorResponses } } }, async (request) => ({
    items: await listExpertAssignments(r.context(request)),
  }));

  app.post('/api/bids/:id/scores', { schema: { tags, summary: 'Score a bid under review on every rubric criterion, 0–100; re-posting revises your score while scoring is open (panel expert)', params: IdParams, body: SubmitScoreBody, response: { 200: ReviewScoreView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const id = await submitScore(ctx, request.params.id, request.body);
    return presentScore(await reviewRepository.findScore(ctx.deps.db, id));
  });

  app.get('/api/challenges/:id/ranking', { schema: { tags, summary: 'Merit ranking with score aggregates and every score sheet (officer)', params: IdParams, response: { 200: RankingView, ...errorResponses } } }, async (request) => getRanking(r.context(request), request.params.id));

  app.post('/api/challenges/:id/shortlist', { schema: { tags, summary: 'Fix the ranking: shortlist the best (入围), the rest not selected (officer; panel closed)', params: IdParams, body: ReasonedCommand, response: { 200: ShortlistResultView, ...errorResponses } } }, async (request) => shortlistBids(r.context(request), request.params.id));
}
