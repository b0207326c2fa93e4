import { bidLifecycle, type BidStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { startEligibilityCheck } from './check-eligibility.ts';
import { loadBidFor } from './load-bid.ts';

/**
 * The officer returns a bid for revision (退回修改) during the formal check, e.g. a missing attachment. The table
 * only returns from `eligibility_check`, so a bid still `submitted` is first moved into the check (both audited).
 */
export async function returnBidForRevision(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const loaded = await loadBidFor(trx, ctx, bidId, 'return_for_revision', { lock: true });
    if (loaded.bid.status !== 'submitted') bidLifecycle.transition(loaded.bid.status as BidStatus, 'return_for_revision');
    const bid = await startEligibilityCheck(trx, ctx, loaded.bid, input.version);
    await applyTransition(trx, ctx, {
      lifecycle: bidLifecycle,
      table: 'bid',
      row: bid,
      event: 'return_for_revision',
      // The version was checked by the first step when it ran; otherwise it is checked here.
      expectedVersion: bid === loaded.bid ? input.version : undefined,
      patch: { updated_at: ctx.deps.now() },
      auditPayload: { reason: input.reason ?? '' },
    });
    await notify(trx, ctx, { tenantId: bid.tenant_id, organisationId: bid.lead_org_id, kind: 'bid.returned', title: '揭榜申请被退回修改', body: `「${bid.title}」${input.reason ? `：${input.reason}` : ''}`, aggregateType: 'bid', aggregateId: bid.id });
  });
}
