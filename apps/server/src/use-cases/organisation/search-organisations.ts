import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';

/** Signed-in users look organisations up by name or USCC, e.g. to invite consortium members. */
export async function searchOrganisations(ctx: UseCaseContext, filter: { q: string; page: number; pageSize: number }) {
  requireActor(ctx);
  return organisationRepository.search(ctx.deps.db, filter);
}
