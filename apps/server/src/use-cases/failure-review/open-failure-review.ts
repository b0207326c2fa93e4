import { assertFailureReviewable, DomainError } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { failureReviewRepository } from '../../repositories/failure-review.repository.ts';
import { loadContractFor } from '../contract/load-contract.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** 宽容失败: an officer opens a diligence review of a failed or terminated project (one per contract). */
export async function openFailureReview(ctx: UseCaseContext, contractId: string): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { contract, subject } = await loadContractFor(trx, ctx, contractId, 'open_failure_review', true);
    assertFailureReviewable(subject);
    if (await failureReviewRepository.findByContract(trx, contract.id)) {
      throw new DomainError('DUPLICATE', 'This contract already has a failure review', { rule: 'failure_review.duplicate' });
    }
    const id = ctx.deps.newId();
    await trx.insertInto('failure_review').values({ id, tenant_id: contract.tenant_id, contract_id: contract.id, status: 'open', opened_by: actor.userId, opened_at: ctx.deps.now() }).execute();
    await audit(trx, ctx, { tenantId: contract.tenant_id, type: 'failure_review.opened', aggregateType: 'failure_review', aggregateId: id, payload: { contractId: contract.id, contractStatus: contract.status } });
    return id;
  });
}
