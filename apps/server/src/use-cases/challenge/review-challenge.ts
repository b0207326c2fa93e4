import { challengeLifecycle, type ChallengeEvent } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeFor } from './load-challenge.ts';

/** The officer steps without a guard of their own (publish, close-bidding, cancel and award have their own use cases). */
export type ChallengeReviewEvent = Extract<ChallengeEvent, 'submit_for_review' | 'return_to_drafting' | 'approve' | 'start_review' | 'declare_no_award'>;

/** 内部审核 → 批准; after bidding closes: 评审 or 流榜 (no award; the challenge may then be re-published). */
export async function reviewChallenge(ctx: UseCaseContext, challengeId: string, event: ChallengeReviewEvent, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { challenge } = await loadChallengeFor(trx, ctx, challengeId, event, true);
    await applyTransition(trx, ctx, {
      lifecycle: challengeLifecycle,
      table: 'challenge',
      row: challenge,
      event,
      expectedVersion: input.version,
      patch: { updated_at: ctx.deps.now() },
      auditPayload: { reason: input.reason ?? '' },
    });
    if (event === 'declare_no_award' && challenge.demander_org_id) {
      await notify(trx, ctx, { tenantId: challenge.tenant_id, organisationId: challenge.demander_org_id, kind: 'challenge.declare_no_award', title: '榜单流榜', body: `${challenge.title}（${challenge.code}）本轮未产生揭榜单位${input.reason ? `：${input.reason}` : ''}`, aggregateType: 'challenge', aggregateId: challenge.id });
    }
  });
}
