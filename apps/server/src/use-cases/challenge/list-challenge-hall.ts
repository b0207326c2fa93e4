import { PUBLIC_CHALLENGE_STATUSES, type AllocationMode, type PublicChallengeStatus } from '@jiebang/domain';
import { challengeRepository } from '../../repositories/challenge.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';

export interface ChallengeHallQuery {
  q?: string | undefined;
  field?: string | undefined;
  regionCode?: string | undefined;
  status?: PublicChallengeStatus | undefined;
  minBudgetFen?: number | undefined;
  maxBudgetFen?: number | undefined;
  deadlineBefore?: string | undefined;
  allocationMode?: AllocationMode | undefined;
  programmeId?: string | undefined;
  sort: 'deadline' | 'budget' | 'published';
  order?: 'asc' | 'desc' | undefined;
  page: number;
  pageSize: number;
}

/** '330000' means Zhejiang and '330200' Ningbo: trailing zero pairs of a GB/T 2260 code widen it to a prefix. */
export const regionPrefixOf = (regionCode: string): string => (regionCode.length === 6 ? regionCode.replace(/(00)+$/, '') : regionCode);

/** 揭榜大厅: published and later challenges of every tenant, open to anyone without signing in. */
export async function listChallengeHall(ctx: UseCaseContext, query: ChallengeHallQuery) {
  return challengeRepository.hall(ctx.deps.db, {
    ...query,
    statuses: query.status ? [query.status] : PUBLIC_CHALLENGE_STATUSES,
    regionPrefix: query.regionCode ? regionPrefixOf(query.regionCode) : undefined,
    // Soonest deadline first is what a bidder wants; the largest budget and the newest otherwise.
    order: query.order ?? (query.sort === 'deadline' ? 'asc' : 'desc'),
  });
}
