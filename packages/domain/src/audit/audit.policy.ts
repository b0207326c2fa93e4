import { hasRole, type Caller } from '../access/roles.ts';

export interface TenantNode {
  id: string;
  parentId: string | null;
}

/**
 * 三员分立: only the audit administrator reads the audit trail; the system and security administrators, and
 * every business role, may not. An audit_admin grant covers its tenant and every tenant below it, so the
 * national platform's auditor sees the whole country and a city's auditor sees only that city.
 */
export const canReadAudit = (actor: Caller): boolean => hasRole(actor, 'audit_admin');

/** The tenants whose audit trail the actor may read (empty when none). */
export function auditedTenantIds(actor: Caller, tenants: readonly TenantNode[]): Set<string> {
  const roots = new Set((actor?.grants ?? []).filter((grant) => grant.role === 'audit_admin').map((grant) => grant.tenantId));
  const parentOf = new Map(tenants.map((tenant) => [tenant.id, tenant.parentId]));
  const covered = new Set<string>();
  for (const tenant of tenants) {
    // Walk up to the root; the visited set guards against a cycle in bad data.
    const seen = new Set<string>();
    for (let id: string | null | undefined = tenant.id; id && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      if (roots.has(id)) {
        covered.add(tenant.id);
        break;
      }
    }
  }
  return covered;
}
