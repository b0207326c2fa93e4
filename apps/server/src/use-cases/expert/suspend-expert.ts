import { inTransaction } from '../../infra/transaction.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor, transitionProfile } from './expert-profile-store.ts';

/**
 * The office takes an expert out of new draws (暂停使用), e.g. after poor reviews. The grant stays, so panels the
 * expert already sits on finish their work; assignment draws only active experts.
 */
export async function suspendExpert(ctx: UseCaseContext, userId: string, input: { version?: number | undefined; reason: string }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, userId, 'suspend', true);
    await transitionProfile(trx, ctx, row, 'suspend', { expectedVersion: input.version, auditPayload: { reason: input.reason } });
  });
}
