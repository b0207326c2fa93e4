import { assertBiddingClosable, challengeLifecycle, type ChallengeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadChallengeFor } from './load-challenge.ts';

/** 截止: bidding closes once the published deadline has passed, never earlier. */
export async function closeChallengeBidding(ctx: UseCaseContext, challengeId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { challenge } = await loadChallengeFor(trx, ctx, challengeId, 'close_bidding', true);
    challengeLifecycle.transition(challenge.status as ChallengeStatus, 'close_bidding');
    assertBiddingClosable({ bidDeadline: challenge.bid_deadline }, ctx.deps.now());
    await applyTransition(trx, ctx, { lifecycle: challengeLifecycle, table: 'challenge', row: challenge, event: 'close_bidding', expectedVersion: input.version, patch: { updated_at: ctx.deps.now() } });
  });
}
