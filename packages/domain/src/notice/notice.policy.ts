import { isProgrammeOfficer, type Caller } from '../access/roles.ts';
import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import { noticeLifecycle, objectionLifecycle, type NoticeEvent, type NoticeStatus, type ObjectionEvent, type ObjectionStatus } from './notice-lifecycle.ts';

export type NoticeAction = NoticeEvent | 'view' | 'file_objection' | 'list_objections';
export type ObjectionAction = ObjectionEvent | 'view';

export const DAY_MS = 86_400_000;

export interface NoticePolicySubject {
  status: NoticeStatus;
  closesAt: Date;
  programme: { id: string; tenantId: string };
}

/**
 * 公示 is public: anyone reads it and, while it is open and the period runs, anyone may object (no account
 * needed). Closing, withdrawing and reading the objections (with the objectors' contacts) is for officers.
 */
export function canOnNotice(actor: Caller, action: NoticeAction, notice: NoticePolicySubject, now: Date): boolean {
  switch (action) {
    case 'view':
      return true;
    case 'file_objection':
      return notice.status === 'open' && now.getTime() < notice.closesAt.getTime();
    default:
      return isProgrammeOfficer(actor, notice.programme);
  }
}

export function noticeActions(actor: Caller, notice: NoticePolicySubject, now: Date): NoticeAction[] {
  const candidates: NoticeAction[] = ['file_objection', 'list_objections', ...noticeLifecycle.eventsFrom(notice.status)];
  // Closing is authorised for officers at any time (the use case then names the rule that stops it), but it is
  // offered only once the full period has run, so that no button leads to a certain refusal.
  const offeredNow = (action: NoticeAction) => action !== 'close' || now.getTime() >= notice.closesAt.getTime();
  return candidates.filter((action) => offeredNow(action) && canOnNotice(actor, action, notice, now));
}

export function objectionActions(actor: Caller, objection: { status: ObjectionStatus; programme: { id: string; tenantId: string } }): ObjectionAction[] {
  if (!isProgrammeOfficer(actor, objection.programme)) return [];
  return objectionLifecycle.eventsFrom(objection.status);
}

/** The notice period ends `noticePeriodDays` calendar days after it opens. */
export const noticeClosesAt = (opensAt: Date, noticePeriodDays: number): Date => new Date(opensAt.getTime() + noticePeriodDays * DAY_MS);

/** Objections are taken only while the notice is open and its period runs (异议期). */
export function assertObjectionWindow(notice: { status: NoticeStatus; closesAt: Date }, now: Date): void {
  if (notice.status !== 'open' || now.getTime() >= notice.closesAt.getTime()) {
    throw ruleViolation('notice.closed', `The notice period ended at ${notice.closesAt.toISOString()}; objections are no longer taken`);
  }
}

/** A notice closes only after its full period, and only when every objection has been ruled on. */
export function assertNoticeClosable(notice: { closesAt: Date }, now: Date, pendingObjections: number): void {
  if (now.getTime() < notice.closesAt.getTime()) {
    throw ruleViolation('notice.period_not_over', `The notice period runs until ${notice.closesAt.toISOString()}`);
  }
  if (pendingObjections > 0) {
    throw ruleViolation('notice.objections_pending', `${pendingObjections} objection(s) still await a ruling`);
  }
}

/** The proposed winners are distinct shortlisted bids of this challenge, no more than it may award. */
export function assertProposedBids(proposedBidIds: readonly string[], shortlistedBidIds: ReadonlySet<string>, maxWinners: number, path = 'body.proposedBidIds'): void {
  const seen = new Set<string>();
  proposedBidIds.forEach((bidId, index) => {
    if (seen.has(bidId)) throw invalidField(`${path}.${index}`, 'duplicate bid');
    seen.add(bidId);
    if (!shortlistedBidIds.has(bidId)) throw ruleViolation('notice.bid_not_shortlisted', `Bid ${bidId} is not a shortlisted bid of this challenge`, { bidId });
  });
  if (proposedBidIds.length > maxWinners) throw invalidField(path, `at most ${maxWinners} winner(s) may be proposed for this challenge`);
}

/**
 * Alternates (候补) named in a notice: distinct shortlisted bids of the challenge, none of them proposed, each
 * ranked below every proposed winner, listed in rank order. Only a bid the public could see and object to may
 * later take a failed winner's place, so the notice must say who would.
 */
export function assertAlternateBids(alternateBidIds: readonly string[], proposedBidIds: readonly string[], shortlistedRanks: ReadonlyMap<string, number | null>, path = 'body.alternateBidIds'): void {
  const proposed = new Set(proposedBidIds);
  const lowestProposedRank = Math.max(...proposedBidIds.map((bidId) => shortlistedRanks.get(bidId) ?? Number.MAX_SAFE_INTEGER));
  const seen = new Set<string>();
  let previousRank = lowestProposedRank;
  alternateBidIds.forEach((bidId, index) => {
    const at = `${path}.${index}`;
    if (seen.has(bidId)) throw invalidField(at, 'duplicate bid');
    seen.add(bidId);
    if (proposed.has(bidId)) throw invalidField(at, 'is already proposed as a winner');
    if (!shortlistedRanks.has(bidId)) throw invalidField(at, 'is not a shortlisted bid of this challenge');
    const rank = shortlistedRanks.get(bidId) ?? null;
    if (rank === null) throw invalidField(at, 'has no rank');
    if (rank <= lowestProposedRank) throw invalidField(at, `must rank below every proposed winner (rank ${rank} is not below ${lowestProposedRank})`);
    if (rank <= previousRank) throw invalidField(at, 'alternates must be listed in rank order');
    previousRank = rank;
  });
}

export interface ProposedWinner {
  bidId: string;
  rank: number | null;
}

/**
 * The winners an award may take from a closed notice: the proposed bids in rank order, minus every bid against
 * which an objection was upheld, at most `maxWinners` (several = 赛马制). An upheld objection that names no bid
 * contests the whole proposed result, so it leaves no winner.
 */
export function winnersFromNotice<T extends ProposedWinner>(proposed: readonly T[], upheld: readonly { bidId: string | null }[], maxWinners: number): T[] {
  if (upheld.some((objection) => objection.bidId === null)) return [];
  const struck = new Set(upheld.map((objection) => objection.bidId));
  return [...proposed]
    .filter((bid) => !struck.has(bid.bidId))
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
    .slice(0, Math.max(0, maxWinners));
}

/** The status of the latest notice that was not withdrawn (notices newest first), null without one. */
export const latestNoticeStatus = (noticesNewestFirst: readonly { status: string }[]): NoticeStatus | null =>
  (noticesNewestFirst.find((notice) => notice.status !== 'withdrawn')?.status as NoticeStatus | undefined) ?? null;

/**
 * The notice an award rests on: the latest one not withdrawn, and it must have closed. A newer notice replaces
 * an older closed one (the public saw, and could object to, the newer proposal), and none may be open: its
 * objection period is still running.
 */
export function noticeForAward<T extends { status: string }>(noticesNewestFirst: readonly T[]): T {
  if (noticesNewestFirst.some((notice) => notice.status === 'open')) {
    throw ruleViolation('award.notice_open', 'A public notice (公示) of this challenge is still open; close it (or withdraw it) before the award');
  }
  const latest = noticesNewestFirst.find((notice) => notice.status !== 'withdrawn');
  if (!latest) throw ruleViolation('award.notice_required', 'The proposed result must go through a public notice (公示) that has closed before the award');
  return latest;
}

export function assertSomeWinner(winners: readonly unknown[]): void {
  if (winners.length === 0) throw ruleViolation('award.no_eligible_winner', 'No proposed bid is left to award (every one had an objection upheld)');
}
