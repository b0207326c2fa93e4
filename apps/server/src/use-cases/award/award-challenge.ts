import { assertSomeWinner, bidLifecycle, challengeLifecycle, noticeForAward, winnersFromNotice, type ChallengeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';

/**
 * 揭榜成功: after the public notice closed, the officer awards the challenge. The award rests on the latest notice
 * that was not withdrawn (409 award.notice_open while any notice is open, award.notice_required without one).
 * Winners are its proposed bids minus those with an upheld objection, in rank order, at most max_winners
 * (several = 赛马制). Its alternates (候补) are not awarded: they stay shortlisted for a fallback. In one transaction the
 * challenge row is locked and moved to `awarded` under its version, the winners' bids become `selected`, an award
 * row is written for each (the start of negotiation and contract), and the winners are told.
 *
 * The challenge row lock makes a second, concurrent award wait and then see `awarded` (409 FORBIDDEN_TRANSITION),
 * or, with a version read before, 409 STALE_VERSION. Other shortlisted bids stay shortlisted: they are the
 * fallback if negotiation with a winner fails. A bid whose objection was upheld is not a fallback: it is rejected.
 */
export async function awardChallenge(ctx: UseCaseContext, challengeId: string, input: { version?: number | undefined }) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { challenge } = await loadChallengeAsOfficer(trx, ctx, challengeId, 'challenge.award', 'update');
    challengeLifecycle.transition(challenge.status as ChallengeStatus, 'award');
    const notice = noticeForAward(await noticeRepository.listByChallenge(trx, challenge.id));
    const objections = await noticeRepository.objectionsOf(trx, notice.id);
    const upheld = objections.filter((objection) => objection.status === 'upheld');
    const proposed = (await bidRepository.listByIds(trx, notice.proposed_bid_ids as string[])).filter((bid) => bid.status === 'shortlisted');
    const winners = winnersFromNotice(
      proposed.map((bid) => ({ bidId: bid.id, rank: bid.rank, bid })),
      upheld.map((objection) => ({ bidId: objection.bid_id })),
      challenge.max_winners,
    );
    assertSomeWinner(winners);

    const now = ctx.deps.now();
    const outcome = await applyTransition(trx, ctx, {
      lifecycle: challengeLifecycle,
      table: 'challenge',
      row: challenge,
      event: 'award',
      expectedVersion: input.version,
      patch: { updated_at: now },
      auditPayload: { noticeId: notice.id, winnerBidIds: winners.map((winner) => winner.bidId), raceMode: winners.length > 1 },
    });
    const awardIds: string[] = [];
    for (const [index, winner] of winners.entries()) {
      const { bid } = winner;
      await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: bid, event: 'select', patch: { updated_at: now }, auditPayload: { noticeId: notice.id, awardRank: index + 1 } });
      const awardId = ctx.deps.newId();
      await trx.insertInto('award').values({ id: awardId, tenant_id: challenge.tenant_id, challenge_id: challenge.id, bid_id: bid.id, lead_org_id: bid.lead_org_id, rank: index + 1, status: 'awarded', awarded_by: actor.userId, awarded_at: now }).execute();
      await audit(trx, ctx, { tenantId: challenge.tenant_id, type: 'award.created', aggregateType: 'award', aggregateId: awardId, payload: { challengeId: challenge.id, bidId: bid.id, leadOrgId: bid.lead_org_id, rank: index + 1 } });
      const message = { kind: 'award.created', title: '揭榜成功', body: `「${bid.title}」揭榜成功（第 ${index + 1} 名）${winners.length > 1 ? '，本榜单采用赛马制并行攻关' : ''}，请准备对接洽谈与任务书签订。`, aggregateType: 'award', aggregateId: awardId, tenantId: challenge.tenant_id };
      await notify(trx, ctx, { ...message, organisationId: bid.lead_org_id });
      await notify(trx, ctx, { ...message, userId: bid.pi_user_id });
      awardIds.push(awardId);
    }
    const struck = new Set(upheld.map((objection) => objection.bid_id));
    for (const bid of proposed.filter((candidate) => struck.has(candidate.id))) {
      await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: bid, event: 'reject', patch: { updated_at: now }, auditPayload: { reason: 'objection_upheld', noticeId: notice.id } });
    }
    return { challengeId: challenge.id, challengeStatus: outcome.to, challengeVersion: outcome.version, raceMode: winners.length > 1, awardIds };
  });
}
