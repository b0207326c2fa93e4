import { describe, expect, it } from 'vitest';
import { continuingWinnerOf, decideGroupAllocation } from './challenge-group.ts';

const requested = { allocationMode: 'open_challenge' as const, designatedOrgId: null, maxWinners: 2 };

describe('challenge group continuity (项目群)', () => {
  it('assigns the next challenge directly to the previous winner when the group is continuous', () => {
    expect(decideGroupAllocation({ continuity: true, previousWinner: { challengeId: 'c1', leadOrgId: 'winner' }, requested })).toEqual({
      allocationMode: 'direct_assignment',
      designatedOrgId: 'winner',
      maxWinners: 1,
      continuedFrom: { challengeId: 'c1', leadOrgId: 'winner' },
    });
  });

  it('re-competes when the group is not continuous or nobody won the previous challenge', () => {
    expect(decideGroupAllocation({ continuity: false, previousWinner: { challengeId: 'c1', leadOrgId: 'winner' }, requested })).toEqual({ ...requested, continuedFrom: null });
    expect(decideGroupAllocation({ continuity: true, previousWinner: null, requested })).toEqual({ ...requested, continuedFrom: null });
  });

  it('takes the best-ranked standing award; a failed negotiation does not continue', () => {
    expect(continuingWinnerOf([])).toBeNull();
    expect(continuingWinnerOf([{ leadOrgId: 'a', rank: 1, status: 'negotiation_failed' }])).toBeNull();
    expect(
      continuingWinnerOf([
        { leadOrgId: 'a', rank: 1, status: 'negotiation_failed' },
        { leadOrgId: 'c', rank: 3, status: 'awarded' },
        { leadOrgId: 'b', rank: 2, status: 'contracted' },
      ]),
    ).toMatchObject({ leadOrgId: 'b' });
  });
});
