import { presentRelation } from '../../presenters/expert.presenter.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** The relations the signed-in expert declared (relatives, collaborators, mentors and students) for recusal. */
export async function listOwnExpertRelations(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  if (!(await expertRepository.find(ctx.deps.db, actor.userId))) throw notFound('expert_profile', actor.userId);
  return (await expertRepository.relationsOf(ctx.deps.db, actor.userId)).map(presentRelation);
}
