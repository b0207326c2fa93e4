import { canOnProgramme, isProgrammeOfficer, type ProgrammeStatus } from '@jiebang/domain';
import { needRepository } from '../../repositories/need.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** Officers see every need of the programme (the needs pool); a demander sees only its own organisations' needs. */
export async function listNeeds(ctx: UseCaseContext, programmeId: string, filter: { status?: string | undefined }) {
  const actor = requireActor(ctx);
  const programme = await programmeRepository.findById(ctx.deps.db, programmeId);
  if (!programme || !canOnProgramme(actor, 'view', { id: programme.id, tenantId: programme.tenant_id, status: programme.status as ProgrammeStatus })) {
    throw notFound('programme', programmeId);
  }
  const demanderOrgIds = isProgrammeOfficer(actor, { id: programme.id, tenantId: programme.tenant_id })
    ? undefined
    : actor.grants.filter((grant) => grant.role === 'demander' && grant.organisationId).map((grant) => grant.organisationId as string);
  const needs = await needRepository.listByProgramme(ctx.deps.db, programmeId, { status: filter.status, demanderOrgIds });
  return { programme, needs };
}
