import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import {
  assertBiddingOpen,
  assertConsortium,
  assertFormalCheckOpen,
  assertIndicatorCommitments,
  assertSubmissionOpen,
  bidActions,
  bidsPendingCheck,
  canOnBid,
  isBiddingOpen,
  isFormalCheckOpen,
  resubmitByOf,
  type BidPolicySubject,
  type BidStage,
} from './bid.policy.ts';

const programme = { id: 'p1', tenantId: 't1' };
const actor = (userId: string, grants: Actor['grants']): Actor => ({ userId, displayName: userId, tenantId: 't1', grants });
const leadStaff = actor('lead', [{ role: 'bidder_org', tenantId: 't1', organisationId: 'org-lead', programmeId: null }]);
const memberStaff = actor('member', [{ role: 'consortium_member', tenantId: 't1', organisationId: 'org-member', programmeId: null }]);
const otherBidder = actor('other', [{ role: 'bidder_org', tenantId: 't1', organisationId: 'org-other', programmeId: null }]);
const pi = actor('pi', [{ role: 'principal_investigator', tenantId: 't1', organisationId: 'org-lead', programmeId: null }]);
const officer = actor('officer', [{ role: 'programme_owner', tenantId: 't1', organisationId: null, programmeId: 'p1' }]);
const expert = actor('expert', [{ role: 'expert_reviewer', tenantId: 't1', organisationId: null, programmeId: null }]);

const now = new Date('2026-04-01T00:00:00Z');
const biddingStage: BidStage = { biddingOpen: true, formalCheckOpen: true, resubmitBy: null, now };
const subject = (status: BidPolicySubject['status'], callerOnPanel = false, stage: Partial<BidStage> = {}): BidPolicySubject => ({
  status,
  leadOrgId: 'org-lead',
  memberOrgIds: ['org-member'],
  piUserId: 'pi',
  programme,
  callerOnPanel,
  stage: { ...biddingStage, ...stage },
});
const ruleOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as { details: { rule: string } }).details.rule;
  }
  return null;
};

describe('bid policy: bidder isolation', () => {
  it('shows a bid to its own parties and officers only', () => {
    for (const viewer of [leadStaff, memberStaff, pi, officer]) expect(canOnBid(viewer, 'view', subject('submitted'))).toBe(true);
    expect(canOnBid(otherBidder, 'view', subject('submitted'))).toBe(false);
    expect(canOnBid(null, 'view', subject('submitted'))).toBe(false);
  });

  it('shows a bid to a panel expert only once it is in merit review', () => {
    expect(canOnBid(expert, 'view', subject('eligibility_check', true))).toBe(false);
    expect(canOnBid(expert, 'view', subject('under_review', true))).toBe(true);
    expect(canOnBid(expert, 'view', subject('under_review', false))).toBe(false);
    expect(canOnBid(expert, 'score', subject('under_review', true))).toBe(true);
    expect(canOnBid(expert, 'score', subject('under_review', false))).toBe(false);
    expect(bidActions(expert, subject('under_review', true))).toEqual(['score']);
    expect(bidActions(expert, subject('shortlisted', true))).toEqual([]);
  });

  it('offers each party its own actions', () => {
    expect(bidActions(leadStaff, subject('draft'))).toEqual(['edit', 'submit', 'withdraw']);
    expect(bidActions(pi, subject('draft'))).toEqual(['sign_pi_commitment']);
    expect(bidActions(memberStaff, subject('draft'))).toEqual([]);
    expect(bidActions(officer, subject('submitted'))).toEqual(['return_for_revision', 'check_eligibility']);
    expect(bidActions(leadStaff, subject('submitted'))).toEqual(['withdraw']);
    expect(bidActions(officer, subject('eligibility_check'))).toEqual(['return_for_revision', 'check_eligibility']);
  });
});

describe('bid actions follow the stage of the challenge', () => {
  const afterDeadline: Partial<BidStage> = { biddingOpen: false };
  const day = 86_400_000;

  it('offers no edit, signature or submission of a draft once bidding has closed', () => {
    expect(bidActions(leadStaff, subject('draft', false, afterDeadline))).toEqual(['withdraw']);
    expect(bidActions(pi, subject('draft', false, afterDeadline))).toEqual([]);
    expect(ruleOf(() => assertSubmissionOpen(subject('draft', false, afterDeadline), { status: 'published', bidDeadline: now }))).toBe('bid.deadline_passed');
    expect(ruleOf(() => assertSubmissionOpen(subject('draft', false, afterDeadline), { status: 'closed', bidDeadline: now }))).toBe('bid.challenge_not_open');
    expect(ruleOf(() => assertSubmissionOpen(subject('draft'), { status: 'published', bidDeadline: new Date(now.getTime() + day) }))).toBeNull();
  });

  it('lets a bid returned after the deadline be revised and resubmitted for 7 days, while the formal check runs', () => {
    const returnedAt = new Date(now.getTime() - 2 * day);
    const inWindow = { biddingOpen: false, resubmitBy: resubmitByOf(returnedAt) };
    expect(resubmitByOf(returnedAt).toISOString()).toBe('2026-04-06T00:00:00.000Z');
    expect(bidActions(leadStaff, subject('returned', false, inWindow))).toEqual(['edit', 'submit', 'withdraw']);
    expect(bidActions(pi, subject('returned', false, inWindow))).toEqual(['sign_pi_commitment']);
    expect(ruleOf(() => assertSubmissionOpen(subject('returned', false, inWindow), { status: 'closed', bidDeadline: returnedAt }))).toBeNull();

    const lapsed = { ...inWindow, now: new Date(now.getTime() + 5 * day) };
    expect(bidActions(leadStaff, subject('returned', false, lapsed))).toEqual(['withdraw']);
    expect(ruleOf(() => assertSubmissionOpen(subject('returned', false, lapsed), { status: 'closed', bidDeadline: returnedAt }))).toBe('bid.resubmission_closed');
    // Once the shortlist is made (or review ended), the formal check is over and so is the window.
    const checkOver = { ...inWindow, formalCheckOpen: false };
    expect(bidActions(leadStaff, subject('returned', false, checkOver))).toEqual(['withdraw']);
  });

  it('offers the formal check and the return only while the check runs', () => {
    expect(bidActions(officer, subject('submitted', false, { biddingOpen: false }))).toEqual(['return_for_revision', 'check_eligibility']);
    expect(bidActions(officer, subject('submitted', false, { biddingOpen: false, formalCheckOpen: false }))).toEqual([]);
    expect(ruleOf(() => assertFormalCheckOpen({ formalCheckOpen: false }, 'under_review'))).toBe('bid.eligibility_closed');
    expect(ruleOf(() => assertFormalCheckOpen({ formalCheckOpen: true }, 'closed'))).toBeNull();
  });

  it('derives the facts: bidding open before the deadline of a published challenge; the check from publication to the shortlist', () => {
    expect(isBiddingOpen({ status: 'published', bidDeadline: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(isBiddingOpen({ status: 'published', bidDeadline: now }, now)).toBe(false);
    expect(isBiddingOpen({ status: 'closed', bidDeadline: new Date(now.getTime() + day) }, now)).toBe(false);
    expect(['published', 'closed', 'under_review'].map((status) => isFormalCheckOpen({ status }, false))).toEqual([true, true, true]);
    expect(isFormalCheckOpen({ status: 'under_review' }, true)).toBe(false);
    expect(isFormalCheckOpen({ status: 'awarded' }, false)).toBe(false);
  });

  it('holds the shortlist for bids the check still owes an answer, not for a return whose window lapsed', () => {
    const bids = [
      { id: 'a', status: 'submitted', resubmitBy: null },
      { id: 'b', status: 'eligibility_check', resubmitBy: null },
      { id: 'c', status: 'returned', resubmitBy: new Date(now.getTime() + day) },
      { id: 'd', status: 'returned', resubmitBy: new Date(now.getTime() - day) },
      { id: 'e', status: 'under_review', resubmitBy: null },
      { id: 'f', status: 'draft', resubmitBy: null },
    ];
    expect(bidsPendingCheck(bids, now).map((bid) => bid.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('bidding window', () => {
  const open = { status: 'published', allocationMode: 'open_challenge' as const, designatedOrgId: null, bidDeadline: new Date('2026-04-30T16:00:00Z') };

  it('is open before the deadline of a published challenge', () => {
    expect(ruleOf(() => assertBiddingOpen(open, 'org', now, false))).toBeNull();
  });

  it('names the rule that closes it', () => {
    expect(ruleOf(() => assertBiddingOpen({ ...open, status: 'closed' }, 'org', now, false))).toBe('bid.challenge_not_open');
    expect(ruleOf(() => assertBiddingOpen(open, 'org', open.bidDeadline, false))).toBe('bid.deadline_passed');
    expect(ruleOf(() => assertBiddingOpen({ ...open, allocationMode: 'direct_assignment', designatedOrgId: 'chosen' }, 'org', now, false))).toBe('bid.not_designated');
    expect(ruleOf(() => assertBiddingOpen({ ...open, allocationMode: 'direct_assignment', designatedOrgId: 'org' }, 'org', now, false))).toBeNull();
    expect(ruleOf(() => assertBiddingOpen({ ...open, allocationMode: 'claim' }, 'org', now, true))).toBe('bid.already_claimed');
    expect(ruleOf(() => assertBiddingOpen(open, 'org', now, true))).toBeNull();
  });
});

describe('bid content', () => {
  const indicators = [{ key: 'accuracy' }, { key: 'latency' }];

  it('needs a commitment for every indicator', () => {
    expect(() => assertIndicatorCommitments(indicators, [{ indicatorKey: 'accuracy', committedValue: 98.5, note: '' }])).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.indicatorCommitments', message: expect.stringContaining('latency') })] } }),
    );
    expect(() => assertIndicatorCommitments(indicators, [{ indicatorKey: 'accuracy', committedValue: 98.5, note: '' }, { indicatorKey: 'latency', committedValue: 40, note: '' }])).not.toThrow();
    expect(() => assertIndicatorCommitments(indicators, [{ indicatorKey: 'speed', committedValue: 1, note: '' }])).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.indicatorCommitments.0.indicatorKey' })] } }),
    );
  });

  it('keeps the lead out of the member list and members unique', () => {
    expect(() => assertConsortium('lead', [{ organisationId: 'lead', task: '', budgetShareBp: 0 }])).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.members.0.organisationId' })] } }),
    );
    expect(() =>
      assertConsortium('lead', [
        { organisationId: 'm', task: '', budgetShareBp: 0 },
        { organisationId: 'm', task: '', budgetShareBp: 0 },
      ]),
    ).toThrowError(expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.members.1.organisationId' })] } }));
  });
});
