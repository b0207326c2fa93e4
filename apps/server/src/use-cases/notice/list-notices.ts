import { DAY_MS } from '@jiebang/domain';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/**
 * The public notice board: every open notice, and closed ones for `recentDays` after their period ended. With a
 * challenge: that challenge's whole notice history, withdrawn notices included (they were public while open).
 */
export async function listNotices(ctx: UseCaseContext, query: { recentDays: number; challengeId?: string | undefined }) {
  if (query.challengeId) return noticeRepository.listByChallenge(ctx.deps.db, query.challengeId);
  return noticeRepository.listPublic(ctx.deps.db, new Date(ctx.deps.now().getTime() - query.recentDays * DAY_MS));
}
