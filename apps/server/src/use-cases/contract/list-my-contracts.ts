import { OFFICER_ROLES } from '@jiebang/domain';
import { contractRepository } from '../../repositories/contract.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';

/**
 * The contracts the caller takes part in: as the PI, as staff of the lead or demanding organisation, or as an
 * officer of the programme (or of the whole tenant).
 */
export async function listMyContracts(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const orgsFor = (roles: readonly string[]) => actor.grants.filter((grant) => roles.includes(grant.role) && grant.organisationId).map((grant) => grant.organisationId as string);
  const officerGrants = actor.grants.filter((grant) => OFFICER_ROLES.includes(grant.role));
  return contractRepository.listInScope(ctx.deps.db, {
    userId: actor.userId,
    leadOrgIds: orgsFor(['bidder_org', 'principal_investigator']),
    demanderOrgIds: orgsFor(['demander']),
    officerProgrammeIds: officerGrants.filter((grant) => grant.programmeId).map((grant) => grant.programmeId as string),
    officerTenantIds: officerGrants.filter((grant) => !grant.programmeId).map((grant) => grant.tenantId),
  });
}
