import { challengeGroupRepository } from '../../repositories/challenge.repository.ts';
import { loadProgrammeFor } from '../programme/load-programme.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/** A programme's 项目群; the presenter shows each group's challenges as far as the caller may see them. */
export async function listChallengeGroups(ctx: UseCaseContext, programmeId: string) {
  const programme = await loadProgrammeFor(ctx.deps.db, ctx, programmeId, 'view');
  return { programme, groups: await challengeGroupRepository.listByProgramme(ctx.deps.db, programme.id) };
}
