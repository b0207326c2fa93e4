import { assertMayAccessAsExpert, canOnBid, isBiddingOpen, isExpert, isFormalCheckOpen, resubmitByOf, type BidAction, type BidPolicySubject, type BidStatus, type Caller, type RecusalReason } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { bidRepository, type ChallengeLock } from '../../repositories/bid.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { expertRecusalsForBids } from '../review/load-recusal-facts.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge } from './load-challenge.ts';

type ProgrammeRef = { id: string; tenantId: string };

/** When each of these returned bids may be resubmitted until, from their last return's audit event. */
export async function resubmitDeadlinesOf(db: DbOrTx, returnedBidIds: readonly string[]): Promise<Map<string, Date>> {
  const returns = await bidRepository.lastReturnsOf(db, returnedBidIds);
  // Older returns recorded no date: their window is counted from the return itself.
  return new Map([...returns].map(([bidId, returned]) => [bidId, returned.resubmitBy ? new Date(returned.resubmitBy) : resubmitByOf(returned.occurredAt)]));
}

/**
 * The policy subjects of many bids (a list page) in a constant number of queries whatever their number: the
 * caller's panel seats, which challenges have a shortlist, the last return of each returned bid and, for an
 * expert with seats, the recusal facts. `recused` holds the bids the caller sits on the panel of but must recuse
 * from (回避): for those `callerOnPanel` is false, so the policy shows them nothing.
 */
export async function bidAccessOf(
  db: DbOrTx,
  actor: Caller,
  bids: readonly Row<'bid'>[],
  members: ReadonlyMap<string, readonly Row<'bid_member'>[]>,
  challenges: ReadonlyMap<string, Pick<Row<'challenge'>, 'status' | 'bid_deadline'>>,
  programmes: ReadonlyMap<string, ProgrammeRef>,
  now: Date,
): Promise<{ subjects: Map<string, BidPolicySubject>; recused: Map<string, RecusalReason[]> }> {
  const challengeIds = [...new Set(bids.map((bid) => bid.challenge_id))];
  const seatsAndRecusals = async () => {
    if (actor === null || !isExpert(actor)) return { seats: new Set<string>(), recused: new Map<string, RecusalReason[]>() };
    const seats = await reviewRepository.challengesWithSeat(db, actor.userId, challengeIds);
    // Re-decided on every access: a relation declared or a member added since the seat was given counts at once.
    return { seats, recused: await expertRecusalsForBids(db, actor.userId, bids.filter((bid) => seats.has(bid.challenge_id)), now) };
  };
  const [{ seats, recused }, shortlisted, returns] = await Promise.all([
    seatsAndRecusals(),
    bidRepository.challengesWithShortlist(db, challengeIds),
    resubmitDeadlinesOf(db, bids.filter((bid) => bid.status === 'returned').map((bid) => bid.id)),
  ]);
  const subjects = new Map(
    bids.map((bid) => {
      const challenge = challenges.get(bid.challenge_id);
      const subject: BidPolicySubject = {
        status: bid.status as BidStatus,
        leadOrgId: bid.lead_org_id,
        memberOrgIds: (members.get(bid.id) ?? []).filter((member) => member.role === 'member').map((member) => member.organisation_id),
        piUserId: bid.pi_user_id,
        programme: programmes.get(bid.programme_id) ?? { id: bid.programme_id, tenantId: bid.tenant_id },
        callerOnPanel: seats.has(bid.challenge_id) && !recused.has(bid.id),
        stage: {
          biddingOpen: challenge ? isBiddingOpen({ status: challenge.status, bidDeadline: challenge.bid_deadline }, now) : false,
          formalCheckOpen: challenge ? isFormalCheckOpen(challenge, shortlisted.has(bid.challenge_id)) : false,
          resubmitBy: bid.status === 'returned' ? (returns.get(bid.id) ?? null) : null,
          now,
        },
      };
      return [bid.id, subject] as const;
    }),
  );
  return { subjects, recused };
}

/** The policy subjects of many bids; see `bidAccessOf`. */
export async function bidSubjectsOf(...args: Parameters<typeof bidAccessOf>): Promise<Map<string, BidPolicySubject>> {
  return (await bidAccessOf(...args)).subjects;
}

export async function bidSubjectOf(db: DbOrTx, actor: Caller, bid: Row<'bid'>, members: readonly Row<'bid_member'>[], challenge: Row<'challenge'>, programme: ProgrammeRef, now: Date): Promise<BidPolicySubject> {
  const subjects = await bidSubjectsOf(db, actor, [bid], new Map([[bid.id, members]]), new Map([[challenge.id, challenge]]), new Map([[programme.id, programme]]), now);
  return subjects.get(bid.id) as BidPolicySubject;
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
  const { subjects, recused } = await bidAccessOf(db, ctx.actor, [bid], new Map([[bid.id, members]]), new Map([[challenge.id, challenge]]), new Map([[programmeRef.id, programmeRef]]), ctx.deps.now());
  const subject = subjects.get(bid.id) as BidPolicySubject;
  if (!canOnBid(ctx.actor, 'view', subject)) {
    // A panel expert who must recuse is told so (403), never shown the bid; the reasons stay unsaid (blind review).
    const reasons = recused.get(bid.id);
    if (reasons && canOnBid(ctx.actor, action, { ...subject, callerOnPanel: true })) assertMayAccessAsExpert(reasons);
    if (action === 'score' && isExpert(ctx.actor)) authorise(false, 'bid.score');
    throw notFound('bid', bidId);
  }
  authorise(canOnBid(ctx.actor, action, subject), `bid.${action}`);
  return { bid, members, challenge, programme, programmeRef, policy, subject };
}
