import { assertAllocationAllows, assertSubmissionOpen, bidLifecycle, CLAIM_TAKEN_STATUSES, type AllocationMode, type BidStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadBidFor } from './load-bid.ts';

/**
 * Lead staff submits a draft (or a returned bid, revised) before the deadline, while the challenge is still open.
 * A returned bid may also come back after the deadline, within RESUBMISSION_DAYS of its return, while the formal
 * check runs (see `isSubmissionOpen`).
 */
export async function submitBid(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { bid, challenge, subject } = await loadBidFor(trx, ctx, bidId, 'submit', { lock: true, challengeLock: 'share' });
    bidLifecycle.transition(bid.status as BidStatus, 'submit');
    assertSubmissionOpen(subject, { status: challenge.status, bidDeadline: challenge.bid_deadline });
    const allocationMode = challenge.allocation_mode as AllocationMode;
    const claimTaken = allocationMode === 'claim' && (await bidRepository.countInStatuses(trx, challenge.id, CLAIM_TAKEN_STATUSES, bid.id)) > 0;
    assertAllocationAllows({ allocationMode, designatedOrgId: challenge.designated_org_id }, bid.lead_org_id, claimTaken);
    const now = ctx.deps.now();
    await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: bid, event: 'submit', expectedVersion: input.version, patch: { submitted_at: now, updated_at: now } });
  });
}
