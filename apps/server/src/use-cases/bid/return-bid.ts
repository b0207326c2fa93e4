import { assertFormalCheckOpen, bidLifecycle, resubmitByOf, type BidStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { startEligibilityCheck } from './check-eligibility.ts';
import { loadBidFor } from './load-bid.ts';

/**
 * The officer returns a bid for revision (退回修改) during the formal check, e.g. a missing attachment. The table
 * only returns from `eligibility_check`, so a bid still `submitted` is first moved into the check (both audited).
 *
 * The bid may be resubmitted until the bidding deadline or, if later, RESUBMISSION_DAYS after this return (the
 * date is recorded in the audit event and told to the bidder), so a return after the deadline is not a dead end.
 * The shortlist waits for it meanwhile (review.bids_pending_check).
 */
export async function returnBidForRevision(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    // A share lock on the challenge: the shortlist (row lock) cannot be made while a bid is being returned.
    const loaded = await loadBidFor(trx, ctx, bidId, 'return_for_revision', { lock: true, challengeLock: 'share' });
    if (loaded.bid.status !== 'submitted') bidLifecycle.transition(loaded.bid.status as BidStatus, 'return_for_revision');
    assertFormalCheckOpen(loaded.subject.stage, loaded.challenge.status);
    const bid = await startEligibilityCheck(trx, ctx, loaded.bid, input.version);
    const now = ctx.deps.now();
    const resubmitBy = resubmitByOf(now);
    await applyTransition(trx, ctx, {
      lifecycle: bidLifecycle,
      table: 'bid',
      row: bid,
      event: 'return_for_revision',
      // The version was checked by the first step when it ran; otherwise it is checked here.
      expectedVersion: bid === loaded.bid ? input.version : undefined,
      patch: { updated_at: now },
      auditPayload: { reason: input.reason ?? '', resubmitBy: resubmitBy.toISOString() },
    });
    const until = loaded.challenge.bid_deadline && loaded.challenge.bid_deadline > resubmitBy ? loaded.challenge.bid_deadline : resubmitBy;
    await notify(trx, ctx, {
      tenantId: bid.tenant_id,
      organisationId: bid.lead_org_id,
      kind: 'bid.returned',
      title: '揭榜申请被退回修改',
      body: `「${bid.title}」${input.reason ? `：${input.reason}` : ''}。请于 ${until.toISOString()} 前修改并重新提交。`,
      aggregateType: 'bid',
      aggregateId: bid.id,
    });
  });
}
