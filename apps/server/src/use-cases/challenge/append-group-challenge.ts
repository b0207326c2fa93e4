import { challengeGroupRepository } from '../../repositories/challenge.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import type { ChallengeFieldsInput } from './challenge-input.ts';
import { createChallenge } from './create-challenge.ts';

/** The next challenge of a 项目群 (group_sequence = max + 1; continuity may assign it to the previous winner). */
export async function appendGroupChallenge(ctx: UseCaseContext, groupId: string, input: ChallengeFieldsInput & { needIds: string[] }): Promise<string> {
  requireActor(ctx);
  const group = await challengeGroupRepository.findById(ctx.deps.db, groupId);
  if (!group) throw notFound('challenge_group', groupId);
  return createChallenge(ctx, { ...input, programmeId: group.programme_id, groupId: group.id });
}
