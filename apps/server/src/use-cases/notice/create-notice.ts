import { assertAlternateBids, assertProposedBids, noticeClosesAt, ruleViolation } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';

export interface CreateNoticeInput {
  title: string;
  body: string;
  proposedBidIds: string[];
  /** 候补: shortlisted bids ranked below every proposed winner, in rank order. */
  alternateBidIds?: string[] | undefined;
}

/**
 * The officer publishes the proposed result (公示): shortlisted bids proposed as winners, at most the challenge's
 * max winners, and optionally alternates (候补) ranked below them, the only bids that may later replace a winner
 * whose negotiation fails (the public sees them and may object to them too). The objection period is the
 * programme's noticePeriodDays from now. One open notice per challenge; a newer notice replaces an older one for
 * the award.
 */
export async function createNotice(ctx: UseCaseContext, challengeId: string, input: CreateNoticeInput): Promise<string> {
  const actor = requireActor(ctx);
  const alternateBidIds = input.alternateBidIds ?? [];
  return inTransaction(ctx.deps, async (trx) => {
    const { challenge, policy } = await loadChallengeAsOfficer(trx, ctx, challengeId, 'public_notice.create', 'update');
    if (challenge.status !== 'under_review') throw ruleViolation('notice.challenge_not_under_review', `The challenge is ${challenge.status}; a result is noticed while it is under review`);
    const notices = await noticeRepository.listByChallenge(trx, challenge.id);
    if (notices.some((notice) => notice.status === 'open')) throw ruleViolation('notice.already_open', 'This challenge already has an open notice; close or withdraw it first');
    const shortlisted = await bidRepository.listByChallenge(trx, challenge.id, ['shortlisted']);
    assertProposedBids(input.proposedBidIds, new Set(shortlisted.map((bid) => bid.id)), challenge.max_winners);
    assertAlternateBids(alternateBidIds, input.proposedBidIds, new Map(shortlisted.map((bid) => [bid.id, bid.rank])));

    const id = ctx.deps.newId();
    const opensAt = ctx.deps.now();
    const closesAt = noticeClosesAt(opensAt, policy.selection.noticePeriodDays);
    await trx
      .insertInto('public_notice')
      .values({
        id,
        tenant_id: challenge.tenant_id,
        challenge_id: challenge.id,
        title: input.title,
        body: input.body,
        proposed_bid_ids: JSON.stringify(input.proposedBidIds),
        alternate_bid_ids: JSON.stringify(alternateBidIds),
        opens_at: opensAt,
        closes_at: closesAt,
        status: 'open',
        created_by: actor.userId,
        created_at: opensAt,
      })
      .execute();
    await audit(trx, ctx, {
      tenantId: challenge.tenant_id,
      type: 'public_notice.created',
      aggregateType: 'public_notice',
      aggregateId: id,
      payload: { challengeId: challenge.id, title: input.title, proposedBidIds: input.proposedBidIds, alternateBidIds, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    });
    for (const bid of shortlisted.filter((candidate) => input.proposedBidIds.includes(candidate.id))) {
      await notify(trx, ctx, { tenantId: bid.tenant_id, organisationId: bid.lead_org_id, kind: 'public_notice.created', title: '拟揭榜单位公示', body: `「${bid.title}」已列入拟揭榜单位公示，公示期至 ${closesAt.toISOString()}。`, aggregateType: 'public_notice', aggregateId: id });
    }
    for (const bid of shortlisted.filter((candidate) => alternateBidIds.includes(candidate.id))) {
      await notify(trx, ctx, { tenantId: bid.tenant_id, organisationId: bid.lead_org_id, kind: 'public_notice.alternate', title: '候补单位公示', body: `「${bid.title}」已列为候补单位一并公示，公示期至 ${closesAt.toISOString()}。如拟揭榜单位洽谈未果，可按候补顺序递补。`, aggregateType: 'public_notice', aggregateId: id });
    }
    return id;
  });
}
