import { officerTenantIds, type Caller } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';

/**
 * The pools an officer's programmes draw experts from, by officer tenant: the tenant itself and every tenant above
 * it (a city draws on the provincial and national pools). The same chain an assignment run draws on.
 */
export async function drawingPoolsOf(db: DbOrTx, actor: Caller): Promise<Map<string, string[]>> {
  return new Map(await Promise.all(officerTenantIds(actor).map(async (tenantId) => [tenantId, await assignmentRepository.tenantAndAncestors(db, tenantId)] as const)));
}

/** The pools above the officer's own tenants (their own pools excluded: those the list shows whatever the status). */
export const poolsAbove = (pools: ReadonlyMap<string, readonly string[]>): string[] => [...new Set([...pools.values()].flat())].filter((tenantId) => !pools.has(tenantId));

/**
 * Tenants whose programmes may draw this expert, as far as the viewer's rights depend on it: where the expert holds
 * the grant, and — while the profile is active — the viewer's tenants at or below the pool that owns it.
 */
export function drawTenantIdsFor(profile: { tenant_id: string; status: string }, grantTenantIds: readonly string[], pools: ReadonlyMap<string, readonly string[]>): string[] {
  const below = profile.status === 'active' ? [...pools].filter(([, chain]) => chain.includes(profile.tenant_id)).map(([tenantId]) => tenantId) : [];
  return [...new Set([...grantTenantIds, ...below])];
}
