/**
 * Roles from PRODUCT.md. A grant gives a user a role in a tenant, optionally narrowed to one organisation
 * (bidder staff, demander staff) or one programme (an officer of that programme only).
 */
export const ROLES = [
  'programme_owner',
  'management_agency',
  'demander',
  'bidder_org',
  'consortium_member',
  'principal_investigator',
  'expert_reviewer',
  'recommender',
  'tester',
  'funder',
  'sys_admin',
  'sec_admin',
  'audit_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** 三员分立: administrators hold no business role and business users hold no admin role. */
export const ADMIN_ROLES: readonly Role[] = ['sys_admin', 'sec_admin', 'audit_admin'];
export const OFFICER_ROLES: readonly Role[] = ['programme_owner', 'management_agency'];

export interface RoleGrant {
  role: Role;
  tenantId: string;
  organisationId: string | null;
  programmeId: string | null;
}

export interface Actor {
  userId: string;
  displayName: string;
  /** The tenant the user belongs to (their home); grants may reach other tenants. */
  tenantId: string;
  grants: readonly RoleGrant[];
}

/** Anyone on the internet: reads the challenge hall and notices, files objections. */
export type Caller = Actor | null;

export const isAdminRole = (role: Role): boolean => ADMIN_ROLES.includes(role);

/** Whether the actor is an officer (owner or agency) of this programme, or of its whole tenant. */
export function isProgrammeOfficer(actor: Caller, programme: { id: string; tenantId: string }): boolean {
  return (
    actor?.grants.some(
      (grant) =>
        OFFICER_ROLES.includes(grant.role) &&
        grant.tenantId === programme.tenantId &&
        (grant.programmeId === null || grant.programmeId === programme.id),
    ) ?? false
  );
}

/** Whether the actor acts for this organisation in the given role (e.g. bidder staff of org X). */
export function actsForOrganisation(actor: Caller, organisationId: string, roles: readonly Role[]): boolean {
  return actor?.grants.some((grant) => roles.includes(grant.role) && grant.organisationId === organisationId) ?? false;
}

export const hasRole = (actor: Caller, role: Role): boolean => actor?.grants.some((grant) => grant.role === role) ?? false;
