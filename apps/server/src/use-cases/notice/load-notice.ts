import { canOnNotice, type NoticeAction, type NoticeStatus } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge } from '../bid/load-challenge.ts';

export type NoticeLock = 'none' | 'share' | 'update';

/** Loads a public notice (公示) with its challenge and authorises `action`; notices are public, so reading never 404s on rights. */
export async function loadNoticeFor(db: DbOrTx, ctx: UseCaseContext, noticeId: string, action: NoticeAction, lock: NoticeLock = 'none') {
  const unlocked = await noticeRepository.findById(db, noticeId);
  if (!unlocked) throw notFound('public_notice', noticeId);
  const loaded = await loadChallenge(db, unlocked.challenge_id);
  const notice =
    lock === 'none' ? unlocked : lock === 'update' ? await noticeRepository.findByIdForUpdate(db, noticeId) : await db.selectFrom('public_notice').selectAll().where('id', '=', noticeId).forShare().executeTakeFirst();
  if (!notice) throw notFound('public_notice', noticeId);
  const subject = { status: notice.status as NoticeStatus, closesAt: notice.closes_at, programme: loaded.programmeRef };
  // Filing an objection has its own window rule (409 notice.closed), checked by the use case.
  if (action !== 'file_objection') authorise(canOnNotice(ctx.actor, action, subject, ctx.deps.now()), `public_notice.${action}`);
  return { ...loaded, notice, subject };
}
