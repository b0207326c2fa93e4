import { assertIndicators, type Indicator } from '@jiebang/domain';
import { needLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadNeedFor } from './load-need.ts';

/** The demander submits a draft (or a returned need, revised) to the programme office. */
export async function submitNeed(ctx: UseCaseContext, needId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { need } = await loadNeedFor(trx, ctx, needId, 'submit', true);
    assertIndicators(need.indicators as Indicator[]);
    await applyTransition(trx, ctx, { lifecycle: needLifecycle, table: 'need', row: need, event: 'submit', expectedVersion: input.version, patch: { submitted_at: ctx.deps.now(), updated_at: ctx.deps.now() } });
  });
}
