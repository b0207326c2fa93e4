import { canReadIntegrityRecords, integrityReaderTenants } from '@jiebang/domain';
import { integrityRepository } from '../../repositories/integrity.repository.ts';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** 信用管理: officers and the audit administrator read the integrity records of the tenants they serve. */
export async function listIntegrityRecords(ctx: UseCaseContext, filter: { organisationId?: string | undefined; userId?: string | undefined }) {
  const actor = requireActor(ctx);
  authorise(canReadIntegrityRecords(actor), 'integrity_record.read');
  return integrityRepository.list(ctx.deps.db, { tenantIds: integrityReaderTenants(actor), organisationId: filter.organisationId, userId: filter.userId });
}
