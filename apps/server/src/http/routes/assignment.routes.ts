import {
  AssignmentBoardView,
  AssignmentReplayView,
  AssignmentRunParams,
  AssignmentRunView,
  IdParams,
  PanelAssignmentView,
  PanelMemberParams,
  PanelOverrideBody,
  ReasonedCommand,
  ReplacePanelMemberBody,
  RunAssignmentBody,
  VersionedCommand,
  errorResponses,
} from '@jiebang/contracts';
import { applyAssignmentRun } from '../../use-cases/assignment/apply-assignment-run.ts';
import { discardAssignmentRun } from '../../use-cases/assignment/discard-assignment-run.ts';
import { getAssignmentRun } from '../../use-cases/assignment/get-assignment-run.ts';
import { getPanelAssignment, getPanelAssignmentOfPanel } from '../../use-cases/assignment/get-panel-assignment.ts';
import { listAssignmentRuns } from '../../use-cases/assignment/list-assignment-runs.ts';
import { overridePanelMember } from '../../use-cases/assignment/override-panel-member.ts';
import { replacePanelMember } from '../../use-cases/assignment/replace-panel-member.ts';
import { replayAssignmentRun } from '../../use-cases/assignment/replay-assignment-run.ts';
import { runAssignment } from '../../use-cases/assignment/run-assignment.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Assignment 专家遴选'];
const runResponses = { 200: AssignmentRunView, ...errorResponses };

export function registerAssignmentRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/programmes/:id/assignment-runs',
    { schema: { tags, summary: 'Propose experts for the forming panels of chosen challenges (optimal, random draw with a recorded seed, or fair), recorded with its input snapshot and SM3 digest (officer)', params: IdParams, body: RunAssignmentBody, response: { 201: AssignmentRunView, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      const id = await runAssignment(ctx, request.params.id, request.body);
      return reply.status(201).send(await getAssignmentRun(ctx, id));
    },
  );

  app.get('/api/programmes/:id/assignment-runs', { schema: { tags, summary: 'The challenges a run may fill, the policy’s quotas and the runs made so far (officer)', params: IdParams, response: { 200: AssignmentBoardView, ...errorResponses } } }, async (request) =>
    listAssignmentRuns(r.context(request), request.params.id),
  );

  app.get('/api/assignment-runs/:id', { schema: { tags, summary: 'One run: proposed panels with affinity, alternates (候补), loads against caps, exclusions by reason, seed and digest (officer)', params: AssignmentRunParams, response: runResponses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    return getAssignmentRun(ctx, request.params.id);
  });

  app.post('/api/assignment-runs/:id/apply', { schema: { tags, summary: 'Apply a proposed run: its seats become invitations; recusal and load caps are re-checked now (officer)', params: AssignmentRunParams, body: VersionedCommand, response: runResponses } }, async (request) => {
    const ctx = r.context(request);
    await applyAssignmentRun(ctx, request.params.id, request.body);
    return getAssignmentRun(ctx, request.params.id);
  });

  app.post('/api/assignment-runs/:id/discard', { schema: { tags, summary: 'Discard a proposed run; it stays on record (officer)', params: AssignmentRunParams, body: ReasonedCommand, response: runResponses } }, async (request) => {
    const ctx = r.context(request);
    await discardAssignmentRun(ctx, request.params.id, request.body);
    return getAssignmentRun(ctx, request.params.id);
  });

  app.post('/api/assignment-runs/:id/replay', { schema: { tags, summary: 'Re-solve the run from its stored snapshot and seed and compare (PIPL Art. 24 transparency) (officer)', params: AssignmentRunParams, response: { 200: AssignmentReplayView, ...errorResponses } } }, async (request) =>
    replayAssignmentRun(r.context(request), request.params.id),
  );

  app.get('/api/challenges/:id/panel-assignment', { schema: { tags, summary: 'How the challenge’s panel was assigned: seats with invitation state, source and affinity, the alternates, and the override/replace actions (officer)', params: IdParams, response: { 200: PanelAssignmentView, ...errorResponses } } }, async (request) =>
    getPanelAssignment(r.context(request), request.params.id),
  );

  app.post(
    '/api/panels/:id/members/:expertUserId/replace',
    { schema: { tags, summary: 'Give a declined or withdrawn seat (or, while forming, a live one, withdrawn now) to the first still-eligible alternate (候补) of its role (officer)', params: PanelMemberParams, body: ReplacePanelMemberBody, response: { 200: PanelAssignmentView, ...errorResponses } } },
    async (request) => {
      const ctx = r.context(request);
      await replacePanelMember(ctx, request.params.id, request.params.expertUserId, request.body);
      return getPanelAssignmentOfPanel(ctx, request.params.id);
    },
  );

  app.post('/api/panels/:id/overrides', { schema: { tags, summary: 'Override the assignment of a forming panel: add and/or withdraw a seat, with a mandatory reason (audited) (officer)', params: IdParams, body: PanelOverrideBody, response: { 200: PanelAssignmentView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    await overridePanelMember(ctx, request.params.id, request.body);
    return getPanelAssignmentOfPanel(ctx, request.params.id);
  });
}
