import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import type { InvitationStatus } from './invitation.ts';
import { assertEnoughScores, assertInExpertPool, assertPanelCanOpen, canOnPanel, panelActions, splitShortlist } from './review.policy.ts';

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

  it('needs as many accepted experts as scores per bid before scoring opens', () => {
    const seats = (...statuses: InvitationStatus[]) => statuses.map((invitationStatus) => ({ invitationStatus }));
    expect(() => assertPanelCanOpen(seats('accepted'), 2)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.panel_too_small', accepted: 1 }) }));
    expect(() => assertPanelCanOpen(seats('accepted', 'accepted', 'accepted'), 2)).not.toThrow();
    // Declined and withdrawn seats neither hold the panel up nor count towards its size.
    expect(() => assertPanelCanOpen(seats('accepted', 'declined', 'withdrawn', 'accepted'), 2)).not.toThrow();
    expect(() => assertPanelCanOpen(seats('accepted', 'declined', 'withdrawn'), 2)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.panel_too_small' }) }));
  });

  it('waits for every invited expert to answer', () => {
    expect(() => assertPanelCanOpen([{ invitationStatus: 'accepted' }, { invitationStatus: 'accepted' }, { invitationStatus: 'invited' }], 2)).toThrowError(
      expect.objectContaining({ details: expect.objectContaining({ rule: 'review.invitations_pending', pending: 1 }) }),
    );
  });
});

describe('expert pool', () => {
  it('seats only experts in the pool; recusal itself is recusal.ts', () => {
    expect(() => assertInExpertPool({ holdsExpertGrant: true })).not.toThrow();
    expect(() => assertInExpertPool({ holdsExpertGrant: false })).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.not_an_expert' }) }));
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
