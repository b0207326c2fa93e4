import { canOnChallenge, type ChallengeAction, type ChallengeStatus } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { challengeRepository } from '../../repositories/challenge.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/**
 * Loads a challenge (locked inside a write transaction) and its programme, and authorises `action`.
 * A challenge the caller may not even view (not yet published, and not their programme) answers NOT_FOUND.
 */
export async function loadChallengeFor(db: DbOrTx, ctx: UseCaseContext, challengeId: string, action: ChallengeAction, lock = false) {
  const challenge = await (lock ? challengeRepository.findByIdForUpdate(db, challengeId) : challengeRepository.findById(db, challengeId));
  if (!challenge) throw notFound('challenge', challengeId);
  const programme = await programmeRepository.findById(db, challenge.programme_id);
  if (!programme) throw notFound('programme', challenge.programme_id);
  const subject = { status: challenge.status as ChallengeStatus, programme: { id: programme.id, tenantId: programme.tenant_id }, demanderOrgId: challenge.demander_org_id };
  if (!canOnChallenge(ctx.actor, 'view', subject)) throw notFound('challenge', challengeId);
  authorise(canOnChallenge(ctx.actor, action, subject), `challenge.${action}`);
  return { challenge, programme };
}
