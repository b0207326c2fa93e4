import { DomainError, isChallengeRepublishable, ruleViolation, type ChallengeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { challengeRepository } from '../../repositories/challenge.repository.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeFor } from './load-challenge.ts';

/**
 * 二次发榜: a 流榜 challenge is not re-opened; a new version (same code, version_no + 1, linked to the old one)
 * starts in drafting with the same content and needs, so the officer can revise terms before publishing again.
 * Bumping the old row's version makes two simultaneous re-publications collide (STALE_VERSION) instead of
 * creating two successors.
 */
export async function republishChallenge(ctx: UseCaseContext, challengeId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const { challenge, programme } = await loadChallengeFor(trx, ctx, challengeId, 'republish', true);
    if (challenge.status !== 'no_award') throw ruleViolation('challenge.republish_requires_no_award', `Only a challenge without award (流榜) is re-published; this one is ${challenge.status}`);
    const successorId = await challengeRepository.successorOf(trx, challenge.id);
    if (!isChallengeRepublishable({ status: challenge.status as ChallengeStatus, hasNewerVersion: successorId !== null })) {
      throw new DomainError('DUPLICATE', `Challenge ${challenge.code} was already re-published as ${successorId}`, { rule: 'challenge.already_republished', successorId });
    }
    if (programme.status !== 'active') throw ruleViolation('programme.not_active', `Programme is ${programme.status}; challenges are re-published only while it is active`);
    const now = ctx.deps.now();
    await updateVersioned(trx, 'challenge', challenge.id, input.version ?? challenge.version, { updated_at: now });

    const id = ctx.deps.newId();
    const { id: _oldId, version: _oldVersion, status: _oldStatus, published_at: _published, created_at: _created, updated_at: _updated, ...content } = challenge;
    await trx
      .insertInto('challenge')
      .values({
        ...content,
        id,
        indicators: JSON.stringify(challenge.indicators),
        deliverables: JSON.stringify(challenge.deliverables),
        version_no: challenge.version_no + 1,
        previous_version_id: challenge.id,
        status: 'drafting',
        published_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const needIds = await challengeRepository.needIdsOf(trx, challenge.id);
    if (needIds.length) await trx.insertInto('challenge_need').values(needIds.map((needId) => ({ challenge_id: id, need_id: needId }))).execute();

    const payload = { code: challenge.code, previousVersionId: challenge.id, newVersionId: id, versionNo: challenge.version_no + 1, reason: input.reason ?? '' };
    await audit(trx, ctx, { tenantId: challenge.tenant_id, type: 'challenge.republished', aggregateType: 'challenge', aggregateId: challenge.id, payload });
    await audit(trx, ctx, { tenantId: challenge.tenant_id, type: 'challenge.republished', aggregateType: 'challenge', aggregateId: id, payload });
    return id;
  });
}
