import { AcceptInvitationBody, DeclineInvitationBody, ExpertAssignmentView, IdParams, errorResponses } from '@jiebang/contracts';
import { acceptPanelInvitation } from '../../use-cases/review/accept-panel-invitation.ts';
import { declinePanelInvitation } from '../../use-cases/review/decline-panel-invitation.ts';
import { listExpertAssignments } from '../../use-cases/review/list-expert-assignments.ts';
import { notFound, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Review 评审'];
const responses = { 200: ExpertAssignmentView, ...errorResponses };

/** The panel as the answering expert now sees it in their work list. */
async function viewAssignment(ctx: UseCaseContext, panelId: string) {
  const assignment = (await listExpertAssignments(ctx)).find((item) => item.panelId === panelId);
  if (!assignment) throw notFound('review_panel', panelId);
  return assignment;
}

export function registerInvitationRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/panels/:id/invitation/accept',
    { schema: { tags, summary: 'Accept your invitation to a review panel with the self-declaration: no recusal situation (回避) and confidentiality (invited expert)', params: IdParams, body: AcceptInvitationBody, response: responses } },
    async (request) => {
      const ctx = r.context(request);
      await acceptPanelInvitation(ctx, request.params.id, request.body);
      return viewAssignment(ctx, request.params.id);
    },
  );

  app.post(
    '/api/panels/:id/invitation/decline',
    { schema: { tags, summary: 'Decline your invitation to a review panel with a reason, optionally declaring a conflict of interest (invited expert)', params: IdParams, body: DeclineInvitationBody, response: responses } },
    async (request) => {
      const ctx = r.context(request);
      await declinePanelInvitation(ctx, request.params.id, request.body);
      return viewAssignment(ctx, request.params.id);
    },
  );
}
