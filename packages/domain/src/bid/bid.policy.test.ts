import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { assertBiddingOpen, assertConsortium, assertIndicatorCommitments, bidActions, canOnBid, type BidPolicySubject } from './bid.policy.ts';

const programme = { id: 'p1', tenantId: 't1' };
const actor = (userId: string, grants: Actor['grants']): Actor => ({ userId, displayName: userId, tenantId: 't1', grants });
const leadStaff = actor('lead', [{ role: 'bidder_org', tenantId: 't1', organisationId: 'org-lead', programmeId: null }]);
const memberStaff = actor('member', [{ role: 'consortium_member', tenantId: 't1', organisationId: 'org-member', programmeId: null }]);
const otherBidder = actor('other', [{ role: 'bidder_org', tenantId: 't1', organisationId: 'org-other', programmeId: null }]);
const pi = actor('pi', [{ role: 'principal_investigator', tenantId: 't1', organisationId: 'org-lead', programmeId: null }]);
const officer = actor('officer', [{ role: 'programme_owner', tenantId: 't1', organisationId: null, programmeId: 'p1' }]);
const expert = actor('expert', [{ role: 'expert_reviewer', tenantId: 't1', organisationId: null, programmeId: null }]);

const subject = (status: BidPolicySubject['status'], callerOnPanel = false): BidPolicySubject => ({ status, leadOrgId: 'org-lead', memberOrgIds: ['org-member'], piUserId: 'pi', programme, callerOnPanel });

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

describe('bidding window', () => {
  const now = new Date('2026-04-01T00:00:00Z');
  const open = { status: 'published', allocationMode: 'open_challenge' as const, designatedOrgId: null, bidDeadline: new Date('2026-04-30T16:00:00Z') };
  const rule = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return (error as { details: { rule: string } }).details.rule;
    }
    return null;
  };

  it('is open before the deadline of a published challenge', () => {
    expect(rule(() => assertBiddingOpen(open, 'org', now, false))).toBeNull();
  });

  it('names the rule that closes it', () => {
    expect(rule(() => assertBiddingOpen({ ...open, status: 'closed' }, 'org', now, false))).toBe('bid.challenge_not_open');
    expect(rule(() => assertBiddingOpen(open, 'org', open.bidDeadline, false))).toBe('bid.deadline_passed');
    expect(rule(() => assertBiddingOpen({ ...open, allocationMode: 'direct_assignment', designatedOrgId: 'chosen' }, 'org', now, false))).toBe('bid.not_designated');
    expect(rule(() => assertBiddingOpen({ ...open, allocationMode: 'direct_assignment', designatedOrgId: 'org' }, 'org', now, false))).toBeNull();
    expect(rule(() => assertBiddingOpen({ ...open, allocationMode: 'claim' }, 'org', now, true))).toBe('bid.already_claimed');
    expect(rule(() => assertBiddingOpen(open, 'org', now, true))).toBeNull();
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
