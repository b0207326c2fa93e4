import { inTransaction } from '../../infra/transaction.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor, transitionProfile } from './expert-profile-store.ts';

/** The office brings a suspended expert back into the draws. */
export async function reactivateExpert(ctx: UseCaseContext, userId: string, input: { version?: number | undefined; reason: string }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, userId, 'reactivate', true);
    await transitionProfile(trx, ctx, row, 'reactivate', { expectedVersion: input.version, auditPayload: { reason: input.reason } });
  });
}
