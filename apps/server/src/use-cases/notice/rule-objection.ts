import { canOnNotice, DomainError, objectionLifecycle, ruleViolation, type NoticeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadNoticeFor } from './load-notice.ts';

/**
 * The officer rules on an objection with reasons: upheld (the bid drops out of the award) or ruled out. Rulings
 * happen while the notice is open; it cannot close until every objection is ruled.
 */
export async function ruleObjection(ctx: UseCaseContext, objectionId: string, input: { decision: 'uphold' | 'rule_out'; ruling: string; version?: number | undefined }): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const found = await noticeRepository.findObjection(trx, objectionId);
    if (!found) throw notFound('objection', objectionId);
    const { notice, subject } = await loadNoticeFor(trx, ctx, found.notice_id, 'view', 'share');
    authorise(canOnNotice(ctx.actor, 'list_objections', subject, ctx.deps.now()), `objection.${input.decision}`);
    const objection = await noticeRepository.findObjectionForUpdate(trx, objectionId);
    if (!objection) throw notFound('objection', objectionId);
    if ((notice.status as NoticeStatus) !== 'open') throw ruleViolation('notice.not_open', `The notice is ${notice.status}; objections are ruled while it is open`);
    if (objection.status !== 'filed') {
      throw new DomainError('DUPLICATE', `The objection was already ruled (${objection.status})`, { rule: 'objection.already_ruled' });
    }
    const now = ctx.deps.now();
    await applyTransition(trx, ctx, {
      lifecycle: objectionLifecycle,
      table: 'objection',
      row: objection,
      event: input.decision,
      expectedVersion: input.version,
      patch: { ruling: input.ruling, ruled_by: actor.userId, ruled_at: now },
      auditPayload: { noticeId: notice.id, bidId: objection.bid_id, ruling: input.ruling },
    });
    return objection.notice_id;
  });
}
