import { canOnContract, isContractOfficer, trancheLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { trancheRepository } from '../../repositories/tranche.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/**
 * 分期拨付: the officer disburses a tranche. Only an unlocked one: a tranche still waiting for its trigger
 * (signing, its milestone, acceptance) answers FORBIDDEN_TRANSITION `tranche.pay`.
 */
export async function payTranche(ctx: UseCaseContext, trancheId: string, input: { version?: number | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const found = await trancheRepository.findById(trx, trancheId);
    if (!found) throw notFound('tranche', trancheId);
    const { subject } = await loadContractRow(trx, found.contract_id, true);
    if (!canOnContract(ctx.actor, 'view', subject)) throw notFound('tranche', trancheId);
    authorise(isContractOfficer(ctx.actor, subject), 'tranche.pay');
    const tranche = await trancheRepository.findByIdForUpdate(trx, trancheId);
    if (!tranche) throw notFound('tranche', trancheId);
    await applyTransition(trx, ctx, {
      lifecycle: trancheLifecycle,
      table: 'tranche',
      row: tranche,
      event: 'pay',
      expectedVersion: input.version,
      patch: { paid_at: ctx.deps.now(), paid_by: ctx.actor?.userId ?? null },
      auditPayload: { amountFen: tranche.amount_fen, sequence: tranche.sequence },
    });
    return tranche.contract_id;
  });
}
