import { challengeLifecycle, invalidField } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeFor } from './load-challenge.ts';

/** 撤榜: from any non-terminal status, always with a reason, which stays on the public timeline. */
export async function cancelChallenge(ctx: UseCaseContext, challengeId: string, input: { version?: number | undefined; reason: string }): Promise<void> {
  if (!input.reason.trim()) throw invalidField('body.reason', 'is required to cancel a challenge');
  await inTransaction(ctx.deps, async (trx) => {
    const { challenge } = await loadChallengeFor(trx, ctx, challengeId, 'cancel', true);
    await applyTransition(trx, ctx, {
      lifecycle: challengeLifecycle,
      table: 'challenge',
      row: challenge,
      event: 'cancel',
      expectedVersion: input.version,
      patch: { updated_at: ctx.deps.now() },
      auditPayload: { reason: input.reason },
    });
    if (challenge.demander_org_id) {
      await notify(trx, ctx, { tenantId: challenge.tenant_id, organisationId: challenge.demander_org_id, kind: 'challenge.cancel', title: '榜单已撤销', body: `${challenge.title}（${challenge.code}）：${input.reason}`, aggregateType: 'challenge', aggregateId: challenge.id });
    }
  });
}
