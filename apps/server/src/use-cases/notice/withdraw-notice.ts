import { noticeLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadNoticeFor } from './load-notice.ts';

/** The officer withdraws an open notice (e.g. after upholding an objection that changes the proposal) to publish a corrected one. */
export async function withdrawNotice(ctx: UseCaseContext, noticeId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { notice } = await loadNoticeFor(trx, ctx, noticeId, 'withdraw', 'update');
    await applyTransition(trx, ctx, { lifecycle: noticeLifecycle, table: 'public_notice', row: notice, event: 'withdraw', expectedVersion: input.version, auditPayload: { reason: input.reason ?? '' } });
  });
}
