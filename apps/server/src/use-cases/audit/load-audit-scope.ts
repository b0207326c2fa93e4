import { auditedTenantIds, canReadAudit } from '@jiebang/domain';
import { auditEventRepository } from '../../repositories/audit-event.repository.ts';
import { authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

export interface AuditedTenant {
  id: string;
  code: string;
  name: string;
}

/**
 * The tenants the caller audits, narrowed to `tenantId` when given. Only audit_admin passes (三员分立);
 * a tenant outside the caller's scope answers 403, an unknown one 404.
 */
export async function loadAuditScope(ctx: UseCaseContext, tenantId?: string): Promise<AuditedTenant[]> {
  const actor = requireActor(ctx);
  authorise(canReadAudit(actor), 'audit.read');
  const tenants = await auditEventRepository.tenants(ctx.deps.db);
  const covered = auditedTenantIds(
    actor,
    tenants.map((tenant) => ({ id: tenant.id, parentId: tenant.parent_id })),
  );
  if (tenantId) {
    if (!tenants.some((tenant) => tenant.id === tenantId)) throw notFound('tenant', tenantId);
    authorise(covered.has(tenantId), 'audit.read');
  }
  return tenants.filter((tenant) => covered.has(tenant.id) && (!tenantId || tenant.id === tenantId)).map(({ id, code, name }) => ({ id, code, name }));
}
