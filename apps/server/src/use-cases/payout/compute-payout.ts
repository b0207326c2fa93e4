import { DomainError, planPayout, type FundingScheme, type PayoutContractFacts } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { payoutRepository } from '../../repositories/payout.repository.ts';
import { loadContractFor } from '../contract/load-contract.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { payoutFactsOf } from './payout-facts.ts';

/**
 * Computes and stores the payout the scheme owes, in the caller's transaction (the contract row is already
 * locked, so two computations cannot both pass the duplicate check). The computation is kept with the row so
 * the figure can be re-checked against the policy it came from.
 */
export async function recordPayout(trx: Tx, ctx: UseCaseContext, tenantId: string, scheme: FundingScheme, facts: PayoutContractFacts): Promise<string> {
  const actor = requireActor(ctx);
  const plan = planPayout(scheme, facts);
  if (await payoutRepository.findByIdempotencyKey(trx, plan.idempotencyKey)) {
    throw new DomainError('DUPLICATE', `A payout was already computed for this contract`, { rule: 'payout.duplicate', idempotencyKey: plan.idempotencyKey });
  }
  const id = ctx.deps.newId();
  const computation = {
    timing: plan.timing,
    base: plan.base,
    baseFen: plan.baseFen,
    rateBp: plan.rateBp,
    capFen: plan.capFen,
    minimumBaseFen: plan.minimumBaseFen,
    fixedAmountFen: plan.fixedAmountFen,
    uncappedFen: plan.uncappedFen,
    amountFen: plan.amountFen,
    capped: plan.capped,
  };
  await trx
    .insertInto('payout')
    .values({
      id,
      tenant_id: tenantId,
      contract_id: facts.id,
      scheme_kind: plan.schemeKind,
      base_fen: plan.baseFen,
      amount_fen: plan.amountFen,
      recipient_kind: plan.recipientKind,
      recipient_org_id: plan.recipientOrgId,
      computation: JSON.stringify(computation),
      status: 'computed',
      idempotency_key: plan.idempotencyKey,
      computed_by: actor.userId,
      computed_at: ctx.deps.now(),
    })
    .execute();
  await audit(trx, ctx, {
    tenantId,
    type: 'payout.computed',
    aggregateType: 'payout',
    aggregateId: id,
    payload: { contractId: facts.id, schemeKind: plan.schemeKind, recipientOrgId: plan.recipientOrgId, ...computation },
  });
  return id;
}

/** 成果兑现: the officer computes the payout of the contract's funding scheme (frozen at negotiation). */
export async function computePayout(ctx: UseCaseContext, contractId: string, input: { version?: number | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const { contract, funding } = await loadContractFor(trx, ctx, contractId, 'compute_payout', true);
    if (input.version !== undefined && input.version !== contract.version) {
      throw new DomainError('STALE_VERSION', `contract ${contract.id} was changed by someone else (expected version ${input.version}); reload and try again`, { rule: 'contract.stale_version', expectedVersion: input.version });
    }
    return recordPayout(trx, ctx, contract.tenant_id, funding, payoutFactsOf(contract));
  });
}
