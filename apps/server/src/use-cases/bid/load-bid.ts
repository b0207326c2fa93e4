import { canOnBid, isExpert, type BidAction, type BidPolicySubject, type BidStatus, type Caller } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { bidRepository, type ChallengeLock } from '../../repositories/bid.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge } from './load-challenge.ts';

export async function bidSubjectOf(db: DbOrTx, actor: Caller, bid: Row<'bid'>, members: readonly Row<'bid_member'>[], programme: { id: string; tenantId: string }): Promise<BidPolicySubject> {
  const callerOnPanel = actor !== null && isExpert(actor) ? await reviewRepository.isOnChallengePanel(db, bid.challenge_id, actor.userId) : false;
  return {
    status: bid.status as BidStatus,
    leadOrgId: bid.lead_org_id,
    memberOrgIds: members.filter((member) => member.role === 'member').map((member) => member.organisation_id),
    piUserId: bid.pi_user_id,
    programme,
    callerOnPanel,
  };
}

export interface LoadBidOptions {
  /** Lock the bid row (write use cases). */
  lock?: boolean;
  /** Lock the challenge row first: every use case that locks both takes the challenge before the bid, so none deadlock. */
  challengeLock?: ChallengeLock;
}

/**
 * Loads a bid with its members, challenge and programme, and authorises `action`. Bidder isolation: a bid the
 * caller may not even view answers NOT_FOUND, so another bidder learns nothing. The one exception is an expert
 * scoring a bid of a panel they are not on: that is FORBIDDEN, the expert is in the pool but not on this panel.
 */
export async function loadBidFor(db: DbOrTx, ctx: UseCaseContext, bidId: string, action: BidAction, options: LoadBidOptions = {}) {
  const unlocked = await bidRepository.findById(db, bidId);
  if (!unlocked) throw notFound('bid', bidId);
  const { challenge, programme, programmeRef, policy } = await loadChallenge(db, unlocked.challenge_id, options.challengeLock ?? 'none');
  const bid = options.lock ? await bidRepository.findByIdForUpdate(db, bidId) : unlocked;
  if (!bid) throw notFound('bid', bidId);
  const members = await bidRepository.membersOf(db, bid.id);
  const subject = await bidSubjectOf(db, ctx.actor, bid, members, programmeRef);
  if (!canOnBid(ctx.actor, 'view', subject)) {
    if (action === 'score' && isExpert(ctx.actor)) authorise(false, 'bid.score');
    throw notFound('bid', bidId);
  }
  authorise(canOnBid(ctx.actor, action, subject), `bid.${action}`);
  return { bid, members, challenge, programme, programmeRef, policy, subject };
}
