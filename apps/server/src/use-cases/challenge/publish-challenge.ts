import { assertPublishable, challengeLifecycle, ruleViolation, type ChallengeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeFor } from './load-challenge.ts';

/** 发榜: an approved challenge goes public, in an active programme, with a future deadline and a budget. */
export async function publishChallenge(ctx: UseCaseContext, challengeId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { challenge, programme } = await loadChallengeFor(trx, ctx, challengeId, 'publish', true);
    // The transition is checked before the guards: publishing a draft is a wrong step, not a missing deadline.
    challengeLifecycle.transition(challenge.status as ChallengeStatus, 'publish');
    if (programme.status !== 'active') throw ruleViolation('programme.not_active', `Programme is ${programme.status}; challenges are published only while it is active`);
    const now = ctx.deps.now();
    assertPublishable({ bidDeadline: challenge.bid_deadline, budgetFen: challenge.budget_fen }, now);
    await applyTransition(trx, ctx, {
      lifecycle: challengeLifecycle,
      table: 'challenge',
      row: challenge,
      event: 'publish',
      expectedVersion: input.version,
      patch: { published_at: now, updated_at: now },
      auditPayload: { bidDeadline: challenge.bid_deadline?.toISOString() ?? null, budgetFen: challenge.budget_fen },
    });
    const body = `${challenge.title}（${challenge.code}）已发榜，揭榜截止时间 ${challenge.bid_deadline?.toISOString() ?? ''}`;
    if (challenge.demander_org_id) {
      await notify(trx, ctx, { tenantId: challenge.tenant_id, organisationId: challenge.demander_org_id, kind: 'challenge.publish', title: '您提出的需求已发榜', body, aggregateType: 'challenge', aggregateId: challenge.id });
    }
    if (challenge.designated_org_id) {
      await notify(trx, ctx, { tenantId: challenge.tenant_id, organisationId: challenge.designated_org_id, kind: 'challenge.publish.designated', title: '定向委托榜单已发布', body, aggregateType: 'challenge', aggregateId: challenge.id });
    }
  });
}
