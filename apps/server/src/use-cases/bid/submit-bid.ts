import { assertAllocationAllows, assertNoIdentityInBlindProposal, assertSubmissionOpen, bidLifecycle, CLAIM_TAKEN_STATUSES, type AllocationMode, type BidStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadBidFor } from './load-bid.ts';
import { loadBidIdentities } from './load-bid-identities.ts';

/**
 * Lead staff submits a draft (or a returned bid, revised) before the deadline, while the challenge is still open.
 * A returned bid may also come back after the deadline, within RESUBMISSION_DAYS of its return, while the formal
 * check runs (see `isSubmissionOpen`).
 */
export async function submitBid(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { bid, members, challenge, subject, policy } = await loadBidFor(trx, ctx, bidId, 'submit', { lock: true, challengeLock: 'share' });
    bidLifecycle.transition(bid.status as BidStatus, 'submit');
    assertSubmissionOpen(subject, { status: challenge.status, bidDeadline: challenge.bid_deadline });
    const allocationMode = challenge.allocation_mode as AllocationMode;
    const claimTaken = allocationMode === 'claim' && (await bidRepository.countInStatuses(trx, challenge.id, CLAIM_TAKEN_STATUSES, bid.id)) > 0;
    assertAllocationAllows({ allocationMode, designatedOrgId: challenge.designated_org_id }, bid.lead_org_id, claimTaken);
    if (policy.review.blindReview) await assertBlindProposal(trx, bid, members);
    const now = ctx.deps.now();
    await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: bid, event: 'submit', expectedVersion: input.version, patch: { submitted_at: now, updated_at: now } });
  });
}

/** 盲评: the experts will read the proposal, so it may not name the bid's units (names, USCC) or its PI. */
async function assertBlindProposal(trx: Tx, bid: Row<'bid'>, members: readonly { organisation_id: string; role: string; task: string }[]): Promise<void> {
  const identity = (await loadBidIdentities(trx, [bid])).get(bid.id)!;
  const nameOf = (id: string) => identity.organisations.find((organisation) => organisation.id === id)?.name ?? '';
  assertNoIdentityInBlindProposal(
    {
      title: bid.title,
      technicalProposal: bid.technical_proposal,
      indicatorCommitments: (bid.indicator_commitments as { note?: string }[]).map((commitment) => ({ note: commitment.note ?? '' })),
      leadTask: members.find((member) => member.role === 'lead')?.task ?? '',
      memberTasks: members.filter((member) => member.role === 'member').map((member) => ({ organisationName: nameOf(member.organisation_id), task: member.task })),
    },
    identity,
  );
}
