import { assertObjectionWindow, invalidField, type NoticeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { loadNoticeFor } from './load-notice.ts';

export interface FileObjectionInput {
  objectorName: string;
  objectorContact: string;
  reason: string;
  bidId?: string | undefined;
}

/**
 * Anyone (no account needed) objects to a notice during its period (异议). The objector's name and contact are
 * stored for the programme office only and kept out of the immutable audit chain (PIPL: personal data must stay
 * deletable); the audit records that an objection was filed and against which bid.
 */
export async function fileObjection(ctx: UseCaseContext, noticeId: string, input: FileObjectionInput): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    // A share lock: closing the notice (row lock) waits for objections being filed, and a late one sees it closed.
    const { notice } = await loadNoticeFor(trx, ctx, noticeId, 'file_objection', 'share');
    const now = ctx.deps.now();
    assertObjectionWindow({ status: notice.status as NoticeStatus, closesAt: notice.closes_at }, now);
    // An alternate (候补) is noticed so that the public may object to it before it could ever replace a winner.
    if (input.bidId !== undefined && ![...(notice.proposed_bid_ids as string[]), ...notice.alternate_bid_ids].includes(input.bidId)) {
      throw invalidField('body.bidId', 'is not a bid proposed or named as an alternate in this notice');
    }
    const id = ctx.deps.newId();
    await trx
      .insertInto('objection')
      .values({ id, tenant_id: notice.tenant_id, notice_id: notice.id, bid_id: input.bidId ?? null, objector_name: input.objectorName, objector_contact: input.objectorContact, reason: input.reason, status: 'filed', filed_at: now })
      .execute();
    await audit(trx, ctx, { tenantId: notice.tenant_id, type: 'objection.filed', aggregateType: 'objection', aggregateId: id, payload: { noticeId: notice.id, bidId: input.bidId ?? null } });
    return id;
  });
}
