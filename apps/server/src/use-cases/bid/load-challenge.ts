import { isProgrammeOfficer, type ProgrammePolicy } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { evaluationChallengeRepository, type ChallengeLock } from '../../repositories/bid.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/** Statuses in which a challenge is public (the challenge hall); earlier ones are internal to the programme office. */
export const PUBLIC_CHALLENGE_STATUSES = ['published', 'closed', 'under_review', 'awarded', 'no_award'];

/** Loads a challenge with its programme and policy; `lock` takes a row lock inside a write transaction. */
export async function loadChallenge(db: DbOrTx, challengeId: string, lock: ChallengeLock = 'none') {
  const challenge = await evaluationChallengeRepository.find(db, challengeId, lock);
  if (!challenge) throw notFound('challenge', challengeId);
  const programme = await programmeRepository.findById(db, challenge.programme_id);
  if (!programme) throw notFound('programme', challenge.programme_id);
  const programmeRef = { id: programme.id, tenantId: programme.tenant_id };
  return { challenge, programme, programmeRef, policy: programme.policy as ProgrammePolicy };
}

/**
 * The evaluation steps on a challenge (panel, ranking, shortlist, notice, award) are the programme officers'.
 * A challenge the caller could not even see in the hall answers NOT_FOUND instead of FORBIDDEN.
 */
export async function loadChallengeAsOfficer(db: DbOrTx, ctx: UseCaseContext, challengeId: string, action: string, lock: ChallengeLock = 'none') {
  const loaded = await loadChallenge(db, challengeId, lock);
  const officer = isProgrammeOfficer(ctx.actor, loaded.programmeRef);
  if (!officer && !PUBLIC_CHALLENGE_STATUSES.includes(loaded.challenge.status)) throw notFound('challenge', challengeId);
  authorise(officer, action);
  return loaded;
}
