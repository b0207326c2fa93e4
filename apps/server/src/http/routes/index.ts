import type { RouteDeps, RouteServer } from '../app.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { registerNeedRoutes } from './need.routes.ts';
import { registerOrganisationRoutes } from './organisation.routes.ts';
import { registerProgrammeRoutes } from './programme.routes.ts';
import { registerChallengeRoutes } from './challenge.routes.ts';
import { registerBidRoutes } from './bid.routes.ts';
import { registerReviewRoutes } from './review.routes.ts';
import { registerAssignmentRoutes } from './assignment.routes.ts';
import { registerInvitationRoutes } from './invitation.routes.ts';
import { registerDefenceRoutes } from './defence.routes.ts';
import { registerNoticeRoutes } from './notice.routes.ts';
import { registerAwardRoutes } from './award.routes.ts';
import { registerResultRoutes } from './result.routes.ts';
import { registerContractRoutes } from './contract.routes.ts';
import { registerMilestoneRoutes } from './milestone.routes.ts';
import { registerChangeRequestRoutes } from './change-request.routes.ts';
import { registerAcceptanceRoutes } from './acceptance.routes.ts';
import { registerFailureReviewRoutes } from './failure-review.routes.ts';
import { registerAuditRoutes } from './audit.routes.ts';
import { registerAttachmentRoutes } from './attachment.routes.ts';
import { registerExpertRoutes } from './expert.routes.ts';

/** Every route group; each lives in its own file and only parses, authenticates, calls a use case and presents. */
export async function registerRoutes(app: RouteServer, deps: RouteDeps): Promise<void> {
  registerAuthRoutes(app, deps);
  registerNeedRoutes(app, deps);
  registerOrganisationRoutes(app, deps);
  registerProgrammeRoutes(app, deps);
  registerChallengeRoutes(app, deps);
  registerBidRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerAssignmentRoutes(app, deps);
  registerInvitationRoutes(app, deps);
  registerDefenceRoutes(app, deps);
  registerNoticeRoutes(app, deps);
  registerAwardRoutes(app, deps);
  registerResultRoutes(app, deps);
  registerContractRoutes(app, deps);
  registerMilestoneRoutes(app, deps);
  registerChangeRequestRoutes(app, deps);
  registerAcceptanceRoutes(app, deps);
  registerFailureReviewRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerAttachmentRoutes(app, deps);
  registerExpertRoutes(app, deps);
}
