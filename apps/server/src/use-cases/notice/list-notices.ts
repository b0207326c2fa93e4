import { DAY_MS } from '@jiebang/domain';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/** The public notice board: every open notice, and closed ones for `recentDays` after their period ended. */
export async function listNotices(ctx: UseCaseContext, query: { recentDays: number }) {
  return noticeRepository.listPublic(ctx.deps.db, new Date(ctx.deps.now().getTime() - query.recentDays * DAY_MS));
}
