import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { assertAlternateBids, assertNoticeClosable, assertObjectionWindow, assertProposedBids, latestNoticeStatus, noticeActions, noticeClosesAt, noticeForAward, winnersFromNotice } from './notice.policy.ts';

const programme = { id: 'p1', tenantId: 't1' };
const officer: Actor = { userId: 'u1', displayName: '科技局', tenantId: 't1', grants: [{ role: 'programme_owner', tenantId: 't1', organisationId: null, programmeId: null }] };
const opensAt = new Date('2026-05-01T02:00:00Z');
const closesAt = noticeClosesAt(opensAt, 7);

describe('public notice (公示)', () => {
  it('runs for the policy’s number of days', () => {
    expect(closesAt.toISOString()).toBe('2026-05-08T02:00:00.000Z');
  });

  it('takes objections from anyone only while open and before the period ends', () => {
    expect(noticeActions(null, { status: 'open', closesAt, programme }, opensAt)).toEqual(['file_objection']);
    expect(noticeActions(null, { status: 'open', closesAt, programme }, closesAt)).toEqual([]);
    expect(noticeActions(officer, { status: 'open', closesAt, programme }, closesAt)).toEqual(['list_objections', 'close', 'withdraw']);
    // Closing is offered only once the period has run: before that the officer may only withdraw.
    expect(noticeActions(officer, { status: 'open', closesAt, programme }, opensAt)).toEqual(['file_objection', 'list_objections', 'withdraw']);
    expect(() => assertObjectionWindow({ status: 'open', closesAt }, new Date(closesAt.getTime() - 1))).not.toThrow();
    expect(() => assertObjectionWindow({ status: 'open', closesAt }, closesAt)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'notice.closed' }) }));
    expect(() => assertObjectionWindow({ status: 'closed', closesAt }, opensAt)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'notice.closed' }) }));
  });

  it('closes only after the period and with every objection ruled', () => {
    expect(() => assertNoticeClosable({ closesAt }, opensAt, 0)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'notice.period_not_over' }) }));
    expect(() => assertNoticeClosable({ closesAt }, closesAt, 1)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'notice.objections_pending' }) }));
    expect(() => assertNoticeClosable({ closesAt }, closesAt, 0)).not.toThrow();
  });

  it('proposes only shortlisted bids, no more than the challenge may award', () => {
    const shortlisted = new Set(['a', 'b', 'c']);
    expect(() => assertProposedBids(['a'], shortlisted, 1)).not.toThrow();
    expect(() => assertProposedBids(['a', 'b'], shortlisted, 1)).toThrowError(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.proposedBidIds' })] } }));
    expect(() => assertProposedBids(['x'], shortlisted, 1)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'notice.bid_not_shortlisted' }) }));
  });
});

describe('alternates (候补) in a notice', () => {
  const ranks = new Map<string, number | null>([
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
  ]);
  const pathOf = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return (error as { details: { issues: { path: string }[] } }).details.issues[0]?.path;
    }
    return null;
  };

  it('takes shortlisted bids ranked below every proposed winner, in rank order', () => {
    expect(pathOf(() => assertAlternateBids([], ['a'], ranks))).toBeNull();
    expect(pathOf(() => assertAlternateBids(['c', 'd'], ['a', 'b'], ranks))).toBeNull();
  });

  it('names the offending entry: above a winner, a winner itself, out of order, repeated, not shortlisted', () => {
    expect(pathOf(() => assertAlternateBids(['a'], ['b'], ranks))).toBe('body.alternateBidIds.0');
    expect(pathOf(() => assertAlternateBids(['c', 'b'], ['b'], ranks))).toBe('body.alternateBidIds.1');
    expect(pathOf(() => assertAlternateBids(['d', 'c'], ['a'], ranks))).toBe('body.alternateBidIds.1');
    expect(pathOf(() => assertAlternateBids(['c', 'c'], ['a'], ranks))).toBe('body.alternateBidIds.1');
    expect(pathOf(() => assertAlternateBids(['b', 'x'], ['a'], ranks))).toBe('body.alternateBidIds.1');
  });
});

describe('the notice an award rests on', () => {
  const ruleOf = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return (error as { details: { rule: string } }).details.rule;
    }
    return null;
  };

  it('is the latest notice not withdrawn, which must be closed', () => {
    expect(noticeForAward([{ id: 'new', status: 'closed' }, { id: 'old', status: 'closed' }]).id).toBe('new');
    expect(noticeForAward([{ id: 'new', status: 'withdrawn' }, { id: 'old', status: 'closed' }]).id).toBe('old');
    expect(ruleOf(() => noticeForAward([{ id: 'new', status: 'open' }, { id: 'old', status: 'closed' }]))).toBe('award.notice_open');
    expect(ruleOf(() => noticeForAward([{ id: 'only', status: 'withdrawn' }]))).toBe('award.notice_required');
    expect(ruleOf(() => noticeForAward([]))).toBe('award.notice_required');
    expect(latestNoticeStatus([{ status: 'withdrawn' }, { status: 'closed' }])).toBe('closed');
    expect(latestNoticeStatus([{ status: 'withdrawn' }])).toBeNull();
  });
});

describe('winners from a closed notice', () => {
  const proposed = [
    { bidId: 'b', rank: 2 },
    { bidId: 'a', rank: 1 },
    { bidId: 'c', rank: 3 },
  ];

  it('keeps rank order and caps at max winners (赛马制 when > 1)', () => {
    expect(winnersFromNotice(proposed, [], 2).map((w) => w.bidId)).toEqual(['a', 'b']);
  });

  it('strikes bids with an upheld objection', () => {
    expect(winnersFromNotice(proposed, [{ bidId: 'a' }], 2).map((w) => w.bidId)).toEqual(['b', 'c']);
  });

  it('leaves nobody when an upheld objection contests the whole result', () => {
    expect(winnersFromNotice(proposed, [{ bidId: null }], 3)).toEqual([]);
  });
});
