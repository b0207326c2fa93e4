import { assertEnoughScores, bidLifecycle, bidsPendingCheck, ruleViolation, splitShortlist } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { resubmitDeadlinesOf } from '../bid/load-bid.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';
import { rankBidsOfPanel } from './rank-bids.ts';

/**
 * 入围: once the panel is closed and every bid under review has enough scores, the officer fixes the ranking:
 * each bid gets its rank and mean total, the best `maxShortlisted` are shortlisted and the rest not selected,
 * each transition audited with its rank and score.
 *
 * The ranking is fixed only once the formal check has answered every bid (review.bids_pending_check): a bid
 * passing it later would have no place in the ranking. The challenge row lock keeps checks and resubmissions out
 * while the shortlist is made, and the shortlist closes the formal check for good (bid.eligibility_closed).
 *
 * Claim-mode challenges never come here: their claim is shortlisted by the formal check itself.
 */
export async function shortlistBids(ctx: UseCaseContext, challengeId: string) {
  requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { challenge, policy } = await loadChallengeAsOfficer(trx, ctx, challengeId, 'review_panel.shortlist', 'update');
    if (challenge.status !== 'under_review') throw ruleViolation('review.challenge_not_under_review', `The challenge is ${challenge.status}; shortlisting happens while it is under review`);
    const panel = await reviewRepository.findPanelByChallenge(trx, challenge.id, 'share');
    if (!panel || panel.status !== 'closed') throw ruleViolation('review.panel_not_closed', 'Close the review panel’s scoring before shortlisting');
    await assertNoBidPendingCheck(trx, challenge.id, ctx.deps.now());
    const bids = await bidRepository.listByChallenge(trx, challenge.id, ['under_review']);
    if (bids.length === 0) throw ruleViolation('review.nothing_to_shortlist', 'No bid is under review for this challenge');
    const ranked = await rankBidsOfPanel(trx, panel, bids, policy.review);
    assertEnoughScores(ranked.map((item) => ({ bidId: item.bidId, title: item.bid.title, aggregate: item.aggregate })), policy.review.minScoresPerBid);
    const { shortlisted, notSelected } = splitShortlist(ranked, policy.selection.maxShortlisted);
    const now = ctx.deps.now();
    for (const [event, items] of [['shortlist', shortlisted], ['reject', notSelected]] as const) {
      for (const item of items) {
        await applyTransition(trx, ctx, {
          lifecycle: bidLifecycle,
          table: 'bid',
          row: item.bid,
          event,
          patch: { rank: item.rank, total_score: item.aggregate.mean, updated_at: now },
          auditPayload: { rank: item.rank, totalScore: item.aggregate.mean, trimmedMean: item.aggregate.trimmedMean, scoreCount: item.aggregate.count, spread: item.aggregate.spread, disagreement: item.aggregate.disagreement },
        });
        await notify(trx, ctx, {
          tenantId: item.bid.tenant_id,
          organisationId: item.bid.lead_org_id,
          kind: `bid.${event}`,
          title: event === 'shortlist' ? '揭榜申请入围' : '揭榜申请未入围',
          body: `「${item.bid.title}」评审排名第 ${item.rank} 名${event === 'shortlist' ? '，已入围' : '，未入围'}。`,
          aggregateType: 'bid',
          aggregateId: item.bid.id,
        });
      }
    }
    const names = await organisationRepository.namesById(trx, bids.map((bid) => bid.lead_org_id));
    const line = (item: (typeof ranked)[number]) => ({ bidId: item.bidId, title: item.bid.title, leadOrgName: names.get(item.bid.lead_org_id) ?? '', rank: item.rank, totalScore: item.aggregate.mean });
    return { challengeId: challenge.id, shortlisted: shortlisted.map(line), notSelected: notSelected.map(line) };
  });
}

async function assertNoBidPendingCheck(trx: Tx, challengeId: string, now: Date): Promise<void> {
  const candidates = await bidRepository.listByChallenge(trx, challengeId, ['submitted', 'eligibility_check', 'returned']);
  const resubmitBy = await resubmitDeadlinesOf(trx, candidates.filter((bid) => bid.status === 'returned').map((bid) => bid.id));
  const pending = bidsPendingCheck(candidates.map((bid) => ({ id: bid.id, status: bid.status, resubmitBy: resubmitBy.get(bid.id) ?? null })), now);
  if (pending.length) {
    throw ruleViolation('review.bids_pending_check', `${pending.length} bid(s) still await the formal check or a resubmission; check them before fixing the ranking`, { bidIds: pending.map((bid) => bid.id) });
  }
}
