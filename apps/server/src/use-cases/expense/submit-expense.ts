import { assertContractRunning } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { loadContractFor } from '../contract/load-contract.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';

export interface SubmitExpenseInput {
  category: string;
  description: string;
  amountFen: number;
  incurredOn: string;
}

/** Lead-organisation staff or the PI book an expense against a running contract. */
export async function submitExpense(ctx: UseCaseContext, contractId: string, input: SubmitExpenseInput): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { contract, subject } = await loadContractFor(trx, ctx, contractId, 'submit_expense', true);
    assertContractRunning(subject, 'expense.contract_not_active');
    const id = ctx.deps.newId();
    await trx
      .insertInto('expense')
      .values({ id, tenant_id: contract.tenant_id, contract_id: contract.id, category: input.category, description: input.description, amount_fen: input.amountFen, incurred_on: input.incurredOn, status: 'submitted', submitted_by: actor.userId, submitted_at: ctx.deps.now() })
      .execute();
    await audit(trx, ctx, { tenantId: contract.tenant_id, type: 'expense.submitted', aggregateType: 'expense', aggregateId: id, payload: { contractId: contract.id, category: input.category, amountFen: input.amountFen, incurredOn: input.incurredOn } });
    return id;
  });
}
