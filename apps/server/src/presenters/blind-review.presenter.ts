import { HIDDEN_ID } from '@jiebang/domain';

interface BidderFacing {
  leadOrgId: string;
  leadOrgName: string;
  piUserId: string;
  piName: string;
  members: { organisationId: string; organisationName: string }[];
  eligibilityReport: unknown;
  timeline: { actorName: string | null; payload: Record<string, unknown> }[];
}

/**
 * A bid view with the bidder taken out, for a panel expert in a blind programme (盲评): no unit or person names or
 * ids, no formal-check messages (they quote unit names), and a timeline of steps without who took them or what
 * they recorded (file names, member ids). The tasks and budget shares of the consortium stay: they are judged.
 */
export function hideBidder<T extends BidderFacing>(view: T): T {
  return {
    ...view,
    leadOrgId: HIDDEN_ID,
    leadOrgName: '',
    piUserId: HIDDEN_ID,
    piName: '',
    members: view.members.map((member) => ({ ...member, organisationId: HIDDEN_ID, organisationName: '' })),
    eligibilityReport: null,
    timeline: view.timeline.map((entry) => ({ ...entry, actorName: null, payload: {} })),
  };
}
