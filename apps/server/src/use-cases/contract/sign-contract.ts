import { assertTermsSet, contractLifecycle, payoutDueAtSigning, type ContractStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { trancheRepository } from '../../repositories/tranche.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { recordPayout } from '../payout/compute-payout.ts';
import { payoutFactsOf } from '../payout/payout-facts.ts';
import { unlockTranches } from '../tranche/release-tranches.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { settleAward } from './award-outcome.ts';
import { loadContractFor } from './load-contract.ts';

/**
 * Signing (签订任务书) activates the contract, makes the award `contracted` and unlocks the signing tranches.
 * Under 前资助 (upfront funding) the payout is due at signing, so it is computed in the same transaction, but
 * only when the scheme owes the contract something: a value below the scheme's minimum signs without a payout.
 */
export async function signContract(ctx: UseCaseContext, contractId: string, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { contract, funding } = await loadContractFor(trx, ctx, contractId, 'sign', true);
    const tranches = await trancheRepository.listByContract(trx, contract.id);
    contractLifecycle.transition(contract.status as ContractStatus, 'sign');
    assertTermsSet({ trancheCount: tranches.length });
    const now = ctx.deps.now();
    const { to } = await applyTransition(trx, ctx, {
      lifecycle: contractLifecycle,
      table: 'contract',
      row: contract,
      event: 'sign',
      expectedVersion: input.version,
      patch: { signed_at: now, updated_at: now },
    });
    await settleAward(trx, ctx, contract.award_id, 'contract', { contractId: contract.id });
    await unlockTranches(trx, ctx, contract.id, { trigger: 'signing' });
    const facts = payoutFactsOf(contract, to);
    if (payoutDueAtSigning(funding, facts)) await recordPayout(trx, ctx, contract.tenant_id, funding, facts);
    await notify(trx, ctx, { tenantId: contract.tenant_id, organisationId: contract.lead_org_id, kind: 'contract.signed', title: '任务书已签订', body: '项目进入实施阶段，请按里程碑报告进展。', aggregateType: 'contract', aggregateId: contract.id });
  });
}
