import { OFFICER_ROLES } from '@jiebang/domain';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/** The public list of programmes (all tenants); drafts appear only to their officers. */
export async function listProgrammes(ctx: UseCaseContext, filter: { tenantId?: string | undefined; status?: string | undefined; page: number; pageSize: number }) {
  const officerGrants = ctx.actor?.grants.filter((grant) => OFFICER_ROLES.includes(grant.role)) ?? [];
  return programmeRepository.list(ctx.deps.db, {
    ...filter,
    draftVisibleTenantIds: officerGrants.filter((grant) => grant.programmeId === null).map((grant) => grant.tenantId),
    draftVisibleProgrammeIds: officerGrants.flatMap((grant) => (grant.programmeId ? [grant.programmeId] : [])),
  });
}
