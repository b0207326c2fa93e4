import { presentExpertDetail } from '../../presenters/expert.presenter.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor } from './expert-profile-store.ts';

/** One profile for its pool's officers and the expert (with contact data and declared relations) and for drawing officers (without). */
export async function getExpert(ctx: UseCaseContext, userId: string) {
  const { row } = await loadExpertFor(ctx.deps.db, ctx, userId, 'view');
  return presentExpertDetail(ctx.deps.db, ctx.actor, row);
}

/** 我的专家档案: the signed-in user's own profile (an applicant's too, while pending). */
export async function getOwnExpertProfile(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const row = await expertRepository.find(ctx.deps.db, actor.userId);
  if (!row) throw notFound('expert_profile', actor.userId);
  return presentExpertDetail(ctx.deps.db, actor, row);
}
