import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { assertEnoughScores, assertNoConflictOfInterest, assertPanelCanOpen, canOnPanel, panelActions, splitShortlist } from './review.policy.ts';

const programme = { id: 'p1', tenantId: 't1' };
const officer: Actor = { userId: 'u1', displayName: '项目处', tenantId: 't1', grants: [{ role: 'management_agency', tenantId: 't1', organisationId: null, programmeId: 'p1' }] };
const expert: Actor = { userId: 'u2', displayName: '专家', tenantId: 't1', grants: [{ role: 'expert_reviewer', tenantId: 't1', organisationId: null, programmeId: null }] };

describe('panel policy', () => {
  it('lets officers form the panel and experts nothing', () => {
    expect(panelActions(officer, { status: 'forming', programme })).toEqual(['add_member', 'remove_member', 'open_scoring']);
    expect(panelActions(officer, { status: 'scoring', programme })).toEqual(['close_scoring']);
    expect(panelActions(officer, { status: 'closed', programme })).toEqual(['shortlist']);
    expect(panelActions(expert, { status: 'forming', programme })).toEqual([]);
    expect(canOnPanel(null, 'view', { status: 'forming', programme })).toBe(false);
  });

  it('needs as many experts as scores per bid before scoring opens', () => {
    expect(() => assertPanelCanOpen(1, 2)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.panel_too_small' }) }));
    expect(() => assertPanelCanOpen(3, 2)).not.toThrow();
  });
});

describe('conflict of interest (回避)', () => {
  const conflicts = { demanderOrgId: 'demander', bidderOrgIds: ['lead-a', 'member-b'] };

  it('admits an unrelated expert', () => {
    expect(() => assertNoConflictOfInterest({ holdsExpertGrant: true, organisationIds: ['university-x'] }, conflicts)).not.toThrow();
  });

  it.each([['demander'], ['lead-a'], ['member-b']])('refuses an expert from %s', (orgId) => {
    expect(() => assertNoConflictOfInterest({ holdsExpertGrant: true, organisationIds: [orgId] }, conflicts)).toThrowError(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: expect.objectContaining({ rule: 'review.conflict_of_interest' }) }),
    );
  });

  it('refuses someone outside the expert pool', () => {
    expect(() => assertNoConflictOfInterest({ holdsExpertGrant: false, organisationIds: [] }, conflicts)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.not_an_expert' }) }));
  });
});

describe('shortlist', () => {
  it('requires the minimum number of scores for every bid', () => {
    const bids = [
      { bidId: 'a', title: '方案甲', aggregate: { count: 3 } },
      { bidId: 'b', title: '方案乙', aggregate: { count: 1 } },
    ];
    expect(() => assertEnoughScores(bids, 2)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.insufficient_scores', bidIds: ['b'] }) }));
    expect(() => assertEnoughScores(bids, 1)).not.toThrow();
  });

  it('shortlists the best by rank and leaves the rest not selected', () => {
    const { shortlisted, notSelected } = splitShortlist([{ rank: 3 }, { rank: 1 }, { rank: 2 }], 2);
    expect(shortlisted.map((b) => b.rank)).toEqual([1, 2]);
    expect(notSelected.map((b) => b.rank)).toEqual([3]);
  });
});
