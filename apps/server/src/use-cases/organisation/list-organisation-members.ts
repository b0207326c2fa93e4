import { actsForOrganisation, ROLES } from '@jiebang/domain';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

/**
 * The organisation's people, for its own staff only (e.g. to name the PI of a bid). Others are refused (403):
 * staff lists are not public, but the organisation itself is, so hiding it behind 404 would protect nothing.
 */
export async function listOrganisationMembers(ctx: UseCaseContext, organisationId: string) {
  const actor = requireActor(ctx);
  const organisation = await organisationRepository.findById(ctx.deps.db, organisationId);
  if (!organisation) throw notFound('organisation', organisationId);
  authorise(actsForOrganisation(actor, organisationId, ROLES), 'organisation.list_members');
  return organisationRepository.membersOf(ctx.deps.db, organisationId);
}
