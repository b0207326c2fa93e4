import { assertSubmissionOpen } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { loadBidFor } from './load-bid.ts';

/**
 * The PI signs the commitment (承诺书/军令状, MIIT 2023): to reach the committed indicators within the period.
 * Only the PI in person may sign; the audit event keeps what was signed and when.
 */
export async function signPiCommitment(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined; pledge?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { bid, challenge, subject } = await loadBidFor(trx, ctx, bidId, 'sign_pi_commitment', { lock: true });
    assertSubmissionOpen(subject, { status: challenge.status, bidDeadline: challenge.bid_deadline });
    const now = ctx.deps.now();
    await updateVersioned(trx, 'bid', bid.id, input.version ?? bid.version, { pi_commitment_signed_at: now, updated_at: now });
    await audit(trx, ctx, {
      tenantId: bid.tenant_id,
      type: 'bid.pi_commitment_signed',
      aggregateType: 'bid',
      aggregateId: bid.id,
      payload: { piUserId: bid.pi_user_id, indicatorCommitments: bid.indicator_commitments, pledge: input.pledge ?? '' },
    });
  });
}
