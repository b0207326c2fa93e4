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
  return candidates.filter((action) => canOnNotice(actor, action, notice, now));
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

export function assertSomeWinner(winners: readonly unknown[]): void {
  if (winners.length === 0) throw ruleViolation('award.no_eligible_winner', 'No proposed bid is left to award (every one had an objection upheld)');
}
