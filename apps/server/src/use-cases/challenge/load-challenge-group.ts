import { challengeGroupRepository } from '../../repositories/challenge.repository.ts';
import { loadProgrammeFor } from '../programme/load-programme.ts';
import { notFound, type UseCaseContext } from '../use-case-context.ts';

/** A 项目群 is visible wherever its programme is (drafts' groups only to the officers). */
export async function loadChallengeGroup(ctx: UseCaseContext, groupId: string) {
  const group = await challengeGroupRepository.findById(ctx.deps.db, groupId);
  if (!group) throw notFound('challenge_group', groupId);
  await loadProgrammeFor(ctx.deps.db, ctx, group.programme_id, 'view');
  return group;
}
