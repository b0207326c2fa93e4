import { assertMergeTarget, needLifecycle, type NeedStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { needRepository } from '../../repositories/need.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadNeedFor } from './load-need.ts';

/** Merges a need into another need of the same programme (duplicate or overlapping needs, 凝练). */
export async function mergeNeed(ctx: UseCaseContext, needId: string, input: { targetNeedId: string; version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    // Lock both needs in id order, so two merges touching the same pair cannot deadlock, and the target
    // cannot be merged or rejected underneath this one.
    const [first, second] = [needId, input.targetNeedId].sort();
    await needRepository.findByIdForUpdate(trx, first!);
    if (second !== first) await needRepository.findByIdForUpdate(trx, second!);
    const { need } = await loadNeedFor(trx, ctx, needId, 'merge', true);
    const target = await needRepository.findById(trx, input.targetNeedId);
    if (!target || target.programme_id !== need.programme_id) throw notFound('need', input.targetNeedId);
    assertMergeTarget(need, { id: target.id, status: target.status as NeedStatus });
    await applyTransition(trx, ctx, {
      lifecycle: needLifecycle,
      table: 'need',
      row: need,
      event: 'merge',
      expectedVersion: input.version,
      patch: { merged_into_id: target.id, updated_at: ctx.deps.now() },
      auditPayload: { targetNeedId: target.id },
    });
  });
}
