import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../access/roles.ts';
import { allocationIssues, assertBiddingClosable, assertPublishable, canOnChallenge, challengeActions, isChallengePublic } from './challenge.policy.ts';

const programme = { id: 'p1', tenantId: 't1' };
const actor = (grants: Partial<RoleGrant>[]): Actor => ({
  userId: 'u1',
  displayName: '张处长',
  tenantId: 't1',
  grants: grants.map((grant) => ({ role: 'programme_owner', tenantId: 't1', organisationId: null, programmeId: null, ...grant })),
});
const officer = actor([{ role: 'management_agency', programmeId: 'p1' }]);
const otherProgrammeOfficer = actor([{ role: 'programme_owner', programmeId: 'p2' }]);
const demander = actor([{ role: 'demander', organisationId: 'o1' }]);
const now = new Date('2026-03-02T01:00:00Z');

describe('challenge policy', () => {
  it('shows the public only published and later statuses (流榜 included, cancelled not)', () => {
    expect(['published', 'closed', 'under_review', 'awarded', 'no_award'].every((status) => isChallengePublic(status as never))).toBe(true);
    expect(isChallengePublic('approved')).toBe(false);
    expect(isChallengePublic('cancelled')).toBe(false);
    expect(canOnChallenge(null, 'view', { status: 'drafting', programme })).toBe(false);
    expect(canOnChallenge(null, 'view', { status: 'published', programme })).toBe(true);
    expect(canOnChallenge(officer, 'view', { status: 'drafting', programme })).toBe(true);
    expect(canOnChallenge(otherProgrammeOfficer, 'view', { status: 'drafting', programme })).toBe(false);
    // The demander whose need it came from follows the drafting, but takes no step.
    expect(canOnChallenge(demander, 'view', { status: 'approved', programme, demanderOrgId: 'o1' })).toBe(true);
    expect(canOnChallenge(demander, 'view', { status: 'approved', programme, demanderOrgId: 'o2' })).toBe(false);
    expect(canOnChallenge(demander, 'publish', { status: 'approved', programme, demanderOrgId: 'o1' })).toBe(false);
  });

  it('offers officers the lifecycle events and edit only while drafting; others get nothing', () => {
    expect(challengeActions(officer, { status: 'drafting', programme })).toEqual(['edit', 'submit_for_review', 'cancel']);
    expect(challengeActions(officer, { status: 'approved', programme })).toEqual(['return_to_drafting', 'publish', 'cancel']);
    expect(challengeActions(demander, { status: 'approved', programme })).toEqual([]);
    expect(challengeActions(null, { status: 'published', programme })).toEqual([]);
  });

  it('offers close_bidding only once the deadline has passed, and the award only on a closed latest notice', () => {
    const deadline = new Date('2026-04-30T09:00:00Z');
    expect(challengeActions(officer, { status: 'published', programme, bidDeadline: deadline, now })).toEqual(['cancel']);
    expect(challengeActions(officer, { status: 'published', programme, bidDeadline: deadline, now: deadline })).toEqual(['close_bidding', 'cancel']);
    // Without the facts (a list row) the guarded steps are not offered.
    expect(challengeActions(officer, { status: 'published', programme })).toEqual(['cancel']);
    expect(challengeActions(officer, { status: 'under_review', programme, latestNoticeStatus: null })).toEqual(['declare_no_award', 'cancel']);
    expect(challengeActions(officer, { status: 'under_review', programme, latestNoticeStatus: 'open' })).toEqual(['declare_no_award', 'cancel']);
    expect(challengeActions(officer, { status: 'under_review', programme, latestNoticeStatus: 'closed' })).toEqual(['award', 'declare_no_award', 'cancel']);
    expect(challengeActions(null, { status: 'under_review', programme, latestNoticeStatus: 'closed' })).toEqual([]);
  });

  it('offers bid to bidder staff while bidding is open and their organisations have no bid yet, never to officers', () => {
    const bidder = actor([{ role: 'bidder_org', organisationId: 'o9' }]);
    const pi = actor([{ role: 'principal_investigator', organisationId: 'o9' }]);
    const deadline = new Date('2026-04-30T09:00:00Z');
    const open = { status: 'published' as const, programme, bidDeadline: deadline, now, callerHasBid: false };
    expect(challengeActions(bidder, open)).toEqual(['bid']);
    expect(challengeActions(bidder, { ...open, callerHasBid: true })).toEqual([]);
    expect(challengeActions(bidder, { ...open, now: deadline })).toEqual([]);
    expect(challengeActions(bidder, { ...open, status: 'closed' })).toEqual([]);
    // Not looked up (a list row): not offered.
    expect(challengeActions(bidder, { status: 'published', programme, bidDeadline: deadline, now })).toEqual([]);
    expect(challengeActions(pi, open)).toEqual([]);
    expect(challengeActions(null, open)).toEqual([]);
    expect(challengeActions(officer, open)).toEqual(['cancel']);
    expect(canOnChallenge(officer, 'bid', open)).toBe(false);
    // 定向委托: only the designated organisation's staff; 认领制: only until a claim is taken.
    expect(challengeActions(bidder, { ...open, allocationMode: 'direct_assignment', designatedOrgId: 'o8' })).toEqual([]);
    expect(challengeActions(bidder, { ...open, allocationMode: 'direct_assignment', designatedOrgId: 'o9' })).toEqual(['bid']);
    expect(challengeActions(bidder, { ...open, allocationMode: 'claim', claimTaken: true })).toEqual([]);
    expect(challengeActions(bidder, { ...open, allocationMode: 'claim', claimTaken: false })).toEqual(['bid']);
  });

  it('offers republish once, only after 流榜', () => {
    expect(challengeActions(officer, { status: 'no_award', programme })).toEqual(['republish']);
    expect(challengeActions(officer, { status: 'no_award', programme, hasNewerVersion: true })).toEqual([]);
    expect(challengeActions(officer, { status: 'cancelled', programme })).toEqual([]);
    expect(canOnChallenge(demander, 'republish', { status: 'no_award', programme })).toBe(false);
  });

  it('publishes only with a future deadline and a positive budget', () => {
    const rule = expect.objectContaining({ code: 'RULE_VIOLATION', details: expect.objectContaining({ rule: 'challenge.publish_requires_deadline_and_budget' }) });
    expect(() => assertPublishable({ bidDeadline: null, budgetFen: 100 }, now)).toThrowError(rule);
    expect(() => assertPublishable({ bidDeadline: now, budgetFen: 100 }, now)).toThrowError(rule);
    expect(() => assertPublishable({ bidDeadline: new Date('2026-04-01T00:00:00Z'), budgetFen: 0 }, now)).toThrowError(rule);
    expect(() => assertPublishable({ bidDeadline: new Date('2026-04-01T00:00:00Z'), budgetFen: 1 }, now)).not.toThrow();
  });

  it('closes bidding only once the deadline has passed', () => {
    expect(() => assertBiddingClosable({ bidDeadline: new Date('2026-03-03T00:00:00Z') }, now)).toThrowError(
      expect.objectContaining({ details: expect.objectContaining({ rule: 'challenge.deadline_not_reached' }) }),
    );
    expect(() => assertBiddingClosable({ bidDeadline: now }, now)).not.toThrow();
  });

  it('names the field for inconsistent allocation terms', () => {
    expect(allocationIssues({ allocationMode: 'direct_assignment', designatedOrgId: null, maxWinners: 1 }).map((issue) => issue.path)).toEqual(['designatedOrgId']);
    expect(allocationIssues({ allocationMode: 'open_challenge', designatedOrgId: 'o1', maxWinners: 1 }).map((issue) => issue.path)).toEqual(['designatedOrgId']);
    expect(allocationIssues({ allocationMode: 'claim', designatedOrgId: null, maxWinners: 2 }).map((issue) => issue.path)).toEqual(['maxWinners']);
    const selection = { maxShortlisted: 5, maxWinners: 2, noticePeriodDays: 7 };
    expect(allocationIssues({ allocationMode: 'open_challenge', designatedOrgId: null, maxWinners: 3 }, selection).map((issue) => issue.path)).toEqual(['maxWinners']);
    expect(allocationIssues({ allocationMode: 'open_challenge', designatedOrgId: null, maxWinners: 2 }, selection)).toEqual([]);
  });
});
