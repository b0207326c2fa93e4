import { noticeRepository } from '../../repositories/notice.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadNoticeFor } from './load-notice.ts';

/** The objections to a notice, with the objectors' contacts: officers only. */
export async function listObjections(ctx: UseCaseContext, noticeId: string) {
  requireActor(ctx);
  const { notice, programmeRef } = await loadNoticeFor(ctx.deps.db, ctx, noticeId, 'list_objections');
  return { objections: await noticeRepository.objectionsOf(ctx.deps.db, notice.id), programmeRef };
}
