import { verifyAuditChain } from '../../infra/audit-log.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadAuditScope } from './load-audit-scope.ts';

/** Re-computes the SM3 hash chain of each tenant the caller audits (or of one tenant). */
export async function verifyAuditChains(ctx: UseCaseContext, input: { tenantId?: string | undefined }) {
  const tenants = await loadAuditScope(ctx, input.tenantId);
  const chains = [];
  for (const tenant of tenants) {
    const result = await verifyAuditChain(ctx.deps.db, tenant.id);
    chains.push({ ...result, tenantCode: tenant.code, tenantName: tenant.name });
  }
  return { valid: chains.every((chain) => chain.valid), checkedAt: ctx.deps.now().toISOString(), chains };
}
