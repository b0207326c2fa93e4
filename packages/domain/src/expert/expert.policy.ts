import { OFFICER_ROLES, type Caller } from '../access/roles.ts';
import { EXPERT_PROFILE_EVENTS, expertProfileLifecycle, type ExpertProfileEvent, type ExpertProfileStatus } from './expert-profile.ts';

export type ExpertProfileAction = ExpertProfileEvent | 'view' | 'edit' | 'edit_own' | 'view_history' | 'declare_relation';

export interface ExpertProfileSubject {
  userId: string;
  /** The pool that owns the profile: its tenant-wide officers manage it. */
  tenantId: string;
  status: ExpertProfileStatus;
  /** Tenants where the expert holds the expert grant, i.e. whose programmes may draw them. */
  drawTenantIds: readonly string[];
}

/**
 * A tenant's pool is the tenant's asset: only its tenant-wide officers (a programme owner or the management agency
 * without a programme restriction) admit, edit and suspend experts. A programme-scoped officer only draws from it.
 */
export function managesExpertPool(actor: Caller, tenantId: string): boolean {
  return actor?.grants.some((grant) => OFFICER_ROLES.includes(grant.role) && grant.tenantId === tenantId && grant.programmeId === null) ?? false;
}

/** Tenants whose pool the actor manages. */
export const managedPoolTenantIds = (actor: Caller): string[] =>
  [...new Set(actor?.grants.filter((grant) => OFFICER_ROLES.includes(grant.role) && grant.programmeId === null).map((grant) => grant.tenantId) ?? [])];

/** Tenants in which the actor is an officer of any scope: their programmes draw experts, so they see those pools. */
export const officerTenantIds = (actor: Caller): string[] => [...new Set(actor?.grants.filter((grant) => OFFICER_ROLES.includes(grant.role)).map((grant) => grant.tenantId) ?? [])];

const isOwnProfile = (actor: Caller, profile: ExpertProfileSubject) => actor !== null && actor.userId === profile.userId;

/**
 * Who may do what with an expert profile. Personal data (PIPL): nobody but the expert, the owning pool's officers
 * and the officers of tenants that may draw the expert sees it.
 */
export function canOnExpertProfile(actor: Caller, action: ExpertProfileAction, profile: ExpertProfileSubject): boolean {
  const manager = managesExpertPool(actor, profile.tenantId);
  const own = isOwnProfile(actor, profile);
  switch (action) {
    case 'view': {
      const drawer = officerTenantIds(actor).some((tenantId) => tenantId === profile.tenantId || profile.drawTenantIds.includes(tenantId));
      return manager || own || drawer;
    }
    case 'edit':
      return manager && profile.status !== 'rejected';
    case 'edit_own':
    case 'declare_relation':
      return own && profile.status !== 'rejected';
    case 'view_history':
      return manager;
    default:
      // Whether the status allows the step is the lifecycle's to say (409), not the policy's (403).
      return manager;
  }
}

const ACTION_ORDER: readonly ExpertProfileAction[] = ['view', 'edit', 'edit_own', 'approve', 'reject', 'suspend', 'reactivate', 'view_history', 'declare_relation'];

/** The actions to offer this caller now; the UI renders buttons from them. */
export function expertProfileActions(actor: Caller, profile: ExpertProfileSubject): ExpertProfileAction[] {
  const offered = (action: ExpertProfileAction) => !(EXPERT_PROFILE_EVENTS as readonly string[]).includes(action) || expertProfileLifecycle.next(profile.status, action as ExpertProfileEvent) !== undefined;
  return ACTION_ORDER.filter((action) => offered(action) && canOnExpertProfile(actor, action, profile));
}
