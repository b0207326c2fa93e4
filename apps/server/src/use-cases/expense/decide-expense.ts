import { canDecideExpense, canOnContract, expenseLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { expenseRepository } from '../../repositories/expense.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/** 经费包干制: under a lump-sum budget only the PI approves or rejects an expense (the officer gets 403); otherwise the officer does. */
export async function decideExpense(ctx: UseCaseContext, expenseId: string, input: { decision: 'approve' | 'reject'; note: string; version?: number | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const found = await expenseRepository.findById(trx, expenseId);
    if (!found) throw notFound('expense', expenseId);
    const { subject } = await loadContractRow(trx, found.contract_id, true);
    if (!canOnContract(ctx.actor, 'view', subject)) throw notFound('expense', expenseId);
    authorise(canDecideExpense(ctx.actor, subject), 'expense.decide');
    const expense = await expenseRepository.findByIdForUpdate(trx, expenseId);
    if (!expense) throw notFound('expense', expenseId);
    await applyTransition(trx, ctx, {
      lifecycle: expenseLifecycle,
      table: 'expense',
      row: expense,
      event: input.decision,
      expectedVersion: input.version,
      patch: { decided_by: ctx.actor?.userId ?? null, decided_at: ctx.deps.now() },
      auditPayload: { amountFen: expense.amount_fen, note: input.note, lumpSumBudget: subject.lumpSumBudget },
    });
    return expense.contract_id;
  });
}
