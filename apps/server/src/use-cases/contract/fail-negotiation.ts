import { bidLifecycle, contractLifecycle, pickFallbackBid, type FallbackNoneReason } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { latestClosedNotice } from '../../repositories/notice.repository.ts';
import { contractingRepository } from '../../repositories/contracting.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { audit, notFound, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { settleAward } from './award-outcome.ts';
import { loadContractFor } from './load-contract.ts';

export interface FallbackAward {
  awardId: string;
  bidId: string;
  leadOrgId: string;
  rank: number;
}

export type NegotiationFailure = { fallback: FallbackAward; fallbackReason: null } | { fallback: null; fallbackReason: FallbackNoneReason };

/**
 * 洽谈未果: the contract and its award end as negotiation_failed, and the challenge falls back to the
 * best-ranked alternate (候补) of its latest closed public notice that is still shortlisted, unawarded and not
 * struck by an upheld objection; that bid is selected and awarded at the next rank. A shortlisted bid the
 * notice did not name is never awarded this way: the public had no chance to object to it. With no such
 * alternate the failure is still recorded and the result says why there is no fallback.
 *
 * The challenge row is locked before anything else, so two failed negotiations of one challenge (赛马制)
 * serialise and the second sees the first's fallback award.
 */
export async function failNegotiation(ctx: UseCaseContext, contractId: string, input: { reason: string; version?: number | undefined }): Promise<NegotiationFailure> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const challengeId = await contractingRepository.challengeIdOfContract(trx, contractId);
    if (!challengeId) throw notFound('contract', contractId);
    await contractingRepository.lockChallenge(trx, challengeId);
    const { contract } = await loadContractFor(trx, ctx, contractId, 'fail_negotiation', true);

    const closedNotice = await latestClosedNotice(trx, challengeId);
    const notice = closedNotice ? { id: closedNotice.id, alternateBidIds: closedNotice.alternate_bid_ids } : null;
    const alternates = await contractingRepository.challengeBidsForUpdate(trx, challengeId, notice?.alternateBidIds ?? []);
    const picked = pickFallbackBid(notice, alternates, {
      awardedBidIds: await contractingRepository.awardedBidIds(trx, challengeId),
      upheldBidIds: await contractingRepository.upheldObjectionBidIds(trx, challengeId),
    });

    await applyTransition(trx, ctx, {
      lifecycle: contractLifecycle,
      table: 'contract',
      row: contract,
      event: 'fail_negotiation',
      expectedVersion: input.version,
      patch: { updated_at: ctx.deps.now() },
      auditPayload: { reason: input.reason, noticeId: notice?.id ?? null, fallbackBidId: picked.bid?.id ?? null, fallbackReason: picked.reason },
    });
    await settleAward(trx, ctx, contract.award_id, 'fail_negotiation', { contractId: contract.id, reason: input.reason });

    const next = picked.bid;
    if (!next) return { fallback: null, fallbackReason: picked.reason };
    await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: next, event: 'select', patch: { updated_at: ctx.deps.now() }, auditPayload: { fallbackFromAwardId: contract.award_id, noticeId: notice?.id ?? null } });
    const rank = Math.max((await contractingRepository.maxAwardRank(trx, challengeId)) + 1, next.rank ?? 0);
    const awardId = ctx.deps.newId();
    await trx
      .insertInto('award')
      .values({ id: awardId, tenant_id: next.tenant_id, challenge_id: next.challenge_id, bid_id: next.id, lead_org_id: next.lead_org_id, rank, status: 'awarded', awarded_by: actor.userId, awarded_at: ctx.deps.now() })
      .execute();
    await audit(trx, ctx, {
      tenantId: next.tenant_id,
      type: 'award.created',
      aggregateType: 'award',
      aggregateId: awardId,
      payload: { challengeId: next.challenge_id, bidId: next.id, rank, fallbackFromAwardId: contract.award_id, noticeId: notice?.id ?? null },
    });
    await notify(trx, ctx, { tenantId: next.tenant_id, organisationId: next.lead_org_id, kind: 'award.fallback', title: '递补揭榜成功', body: `${next.title}：排名在前的揭榜方洽谈未果，贵单位作为公示候补递补获得立项，请准备对接洽谈。`, aggregateType: 'award', aggregateId: awardId });
    return { fallback: { awardId, bidId: next.id, leadOrgId: next.lead_org_id, rank }, fallbackReason: null };
  });
}
