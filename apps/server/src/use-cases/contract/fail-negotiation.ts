import { bidLifecycle, contractLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { contractingRepository } from '../../repositories/contracting.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { settleAward } from './award-outcome.ts';
import { loadContractFor } from './load-contract.ts';

export interface FallbackAward {
  awardId: string;
  bidId: string;
  leadOrgId: string;
  rank: number;
}

/**
 * 洽谈未果: the contract and its award end as negotiation_failed, and the challenge falls back to the
 * best-ranked bid still on the shortlist, which is selected and awarded at the next rank. With none left the
 * challenge simply has no further award (the result says so with `null`).
 */
export async function failNegotiation(ctx: UseCaseContext, contractId: string, input: { reason: string; version?: number | undefined }): Promise<FallbackAward | null> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { contract } = await loadContractFor(trx, ctx, contractId, 'fail_negotiation', true);
    await applyTransition(trx, ctx, {
      lifecycle: contractLifecycle,
      table: 'contract',
      row: contract,
      event: 'fail_negotiation',
      expectedVersion: input.version,
      patch: { updated_at: ctx.deps.now() },
      auditPayload: { reason: input.reason },
    });
    await settleAward(trx, ctx, contract.award_id, 'fail_negotiation', { contractId: contract.id, reason: input.reason });

    const next = await contractingRepository.nextShortlistedBidForUpdate(trx, contract.challenge_id);
    if (!next) return null;
    await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: next, event: 'select', patch: { updated_at: ctx.deps.now() }, auditPayload: { fallbackFromAwardId: contract.award_id } });
    const rank = Math.max((await contractingRepository.maxAwardRank(trx, contract.challenge_id)) + 1, next.rank ?? 0);
    const awardId = ctx.deps.newId();
    await trx
      .insertInto('award')
      .values({ id: awardId, tenant_id: next.tenant_id, challenge_id: next.challenge_id, bid_id: next.id, lead_org_id: next.lead_org_id, rank, status: 'awarded', awarded_by: actor.userId, awarded_at: ctx.deps.now() })
      .execute();
    await audit(trx, ctx, { tenantId: next.tenant_id, type: 'award.created', aggregateType: 'award', aggregateId: awardId, payload: { challengeId: next.challenge_id, bidId: next.id, rank, fallbackFromAwardId: contract.award_id } });
    await notify(trx, ctx, { tenantId: next.tenant_id, organisationId: next.lead_org_id, kind: 'award.fallback', title: '递补揭榜成功', body: `${next.title}：排名在前的揭榜方洽谈未果，贵单位递补获得立项，请准备对接洽谈。`, aggregateType: 'award', aggregateId: awardId });
    return { awardId, bidId: next.id, leadOrgId: next.lead_org_id, rank };
  });
}
