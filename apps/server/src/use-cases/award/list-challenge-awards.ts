import { awardRepository } from '../../repositories/award.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';

/**
 * Every award of a challenge for its programme office, in rank order, failed negotiations included: the officer
 * opens negotiation (对接洽谈) from here and follows each award to its contract.
 */
export async function listChallengeAwards(ctx: UseCaseContext, challengeId: string) {
  requireActor(ctx);
  const { challenge, programmeRef } = await loadChallengeAsOfficer(ctx.deps.db, ctx, challengeId, 'award.list');
  return { awards: await awardRepository.listByChallenge(ctx.deps.db, challenge.id), programmeRef };
}
