import type { AllocationMode } from './challenge-lifecycle.ts';

/** Award statuses that make an organisation the group's incumbent: the award stands (negotiation did not fail). */
export const CONTINUING_AWARD_STATUSES = ['awarded', 'contracted'] as const;

export interface GroupAward {
  leadOrgId: string;
  rank: number;
  status: string;
}

/** The winner that carries a 项目群 forward: the best-ranked standing award of the previous challenge, if any. */
export function continuingWinnerOf<A extends GroupAward>(awards: readonly A[]): A | null {
  const standing = awards.filter((award) => (CONTINUING_AWARD_STATUSES as readonly string[]).includes(award.status));
  return standing.reduce<A | null>((best, award) => (best === null || award.rank < best.rank ? award : best), null);
}

export interface GroupAllocationInput {
  continuity: boolean;
  /** The winner of the previous challenge in the group (`continuingWinnerOf`), or null. */
  previousWinner: { challengeId: string; leadOrgId: string } | null;
  requested: { allocationMode: AllocationMode; designatedOrgId: string | null; maxWinners: number };
}

export interface GroupAllocationDecision {
  allocationMode: AllocationMode;
  designatedOrgId: string | null;
  maxWinners: number;
  /** Set when the continuity rule decided the allocation. */
  continuedFrom: { challengeId: string; leadOrgId: string } | null;
}

/**
 * 项目群 (the State Grid case): once a team has won a challenge of a continuous group, the next challenge
 * is assigned to it directly instead of being re-competed every year. Without continuity, or without a
 * standing winner, the officer's requested allocation applies.
 */
export function decideGroupAllocation(input: GroupAllocationInput): GroupAllocationDecision {
  if (input.continuity && input.previousWinner) {
    return { allocationMode: 'direct_assignment', designatedOrgId: input.previousWinner.leadOrgId, maxWinners: 1, continuedFrom: input.previousWinner };
  }
  return { ...input.requested, continuedFrom: null };
}
