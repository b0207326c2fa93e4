import { actsForOrganisation, isProgrammeOfficer, type Caller } from '../access/roles.ts';
import { needLifecycle, type NeedEvent, type NeedStatus } from './need-lifecycle.ts';

export type NeedAction = NeedEvent | 'edit' | 'view';

export interface NeedPolicySubject {
  status: NeedStatus;
  demanderOrgId: string;
  programme: { id: string; tenantId: string };
}

const DEMANDER_EVENTS: readonly NeedEvent[] = ['submit'];

/** Who may do what with a need: the demander drafts, edits and submits; the programme's officers screen, vet, pool, return, reject, merge. */
export function canOnNeed(actor: Caller, action: NeedAction, need: NeedPolicySubject): boolean {
  const isDemander = actsForOrganisation(actor, need.demanderOrgId, ['demander']);
  const isOfficer = isProgrammeOfficer(actor, need.programme);
  switch (action) {
    case 'view':
      return isDemander || isOfficer;
    case 'edit':
      return isDemander && (need.status === 'draft' || need.status === 'returned');
    default:
      return DEMANDER_EVENTS.includes(action) ? isDemander : isOfficer;
  }
}

/** The actions to offer this caller now: allowed by the transition table and by the policy. */
export function needActions(actor: Caller, need: NeedPolicySubject): NeedAction[] {
  const candidates: NeedAction[] = ['edit', ...needLifecycle.eventsFrom(need.status)];
  return candidates.filter((action) => action === 'edit' ? canOnNeed(actor, 'edit', need) : canOnNeed(actor, action, need));
}
