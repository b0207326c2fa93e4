import { bidLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadBidFor } from './load-bid.ts';

/** Lead staff withdraws the bid (撤回) at any point before the result is decided. */
export async function withdrawBid(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { bid } = await loadBidFor(trx, ctx, bidId, 'withdraw', { lock: true });
    await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: bid, event: 'withdraw', expectedVersion: input.version, patch: { updated_at: ctx.deps.now() }, auditPayload: { reason: input.reason ?? '' } });
  });
}
