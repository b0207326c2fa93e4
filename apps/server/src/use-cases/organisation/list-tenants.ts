import { tenantRepository } from '../../repositories/tenant.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/**
 * The tenants an organisation may register under (public). Every tenant accepts registrations (there is no
 * "closed to registration" flag), so all are listed; only codes, names and regions, nothing about their people.
 */
export async function listTenants(ctx: UseCaseContext) {
  return tenantRepository.listAll(ctx.deps.db);
}
