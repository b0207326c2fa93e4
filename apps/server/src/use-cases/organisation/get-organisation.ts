import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { notFound, type UseCaseContext } from '../use-case-context.ts';

/** An organisation's public profile; anyone may read it (names appear on notices and award lists anyway). */
export async function getOrganisation(ctx: UseCaseContext, organisationId: string) {
  const organisation = await organisationRepository.findById(ctx.deps.db, organisationId);
  if (!organisation) throw notFound('organisation', organisationId);
  return organisation;
}
