import { assertNoticeClosable, noticeLifecycle, type NoticeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadNoticeFor } from './load-notice.ts';

/** The officer closes the notice once its full period has run and every objection has a ruling; the award may follow. */
export async function closeNotice(ctx: UseCaseContext, noticeId: string, input: { version?: number | undefined }): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { notice } = await loadNoticeFor(trx, ctx, noticeId, 'close', 'update');
    noticeLifecycle.transition(notice.status as NoticeStatus, 'close');
    const objections = await noticeRepository.objectionsOf(trx, notice.id);
    assertNoticeClosable({ closesAt: notice.closes_at }, ctx.deps.now(), objections.filter((objection) => objection.status === 'filed').length);
    await applyTransition(trx, ctx, {
      lifecycle: noticeLifecycle,
      table: 'public_notice',
      row: notice,
      event: 'close',
      expectedVersion: input.version,
      auditPayload: { objections: objections.length, upheld: objections.filter((objection) => objection.status === 'upheld').map((objection) => objection.bid_id) },
    });
  });
}
