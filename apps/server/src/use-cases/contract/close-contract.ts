import { contractLifecycle, payoutIdempotencyKey, payoutOwed, ruleViolation, type ContractStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { payoutRepository } from '../../repositories/payout.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { payoutFactsOf } from '../payout/payout-facts.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadContractFor } from './load-contract.ts';

/** 结题: an accepted contract closes once the payout its (frozen) scheme owes has been paid (or when the scheme owes nothing). */
export async function closeContract(ctx: UseCaseContext, contractId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { contract, funding } = await loadContractFor(trx, ctx, contractId, 'close', true);
    contractLifecycle.transition(contract.status as ContractStatus, 'close');
    if (payoutOwed(funding, payoutFactsOf(contract))) {
      const payout = await payoutRepository.findByIdempotencyKey(trx, payoutIdempotencyKey(contract.id));
      if (payout?.status !== 'paid') {
        throw ruleViolation('contract.payout_unpaid', payout ? `The ${funding.kind} payout is ${payout.status}; pay it before closing` : `Compute, approve and pay the ${funding.kind} payout before closing`);
      }
    }
    await applyTransition(trx, ctx, { lifecycle: contractLifecycle, table: 'contract', row: contract, event: 'close', expectedVersion: input.version, patch: { updated_at: ctx.deps.now() } });
  });
}
