import { resultRepository } from '../../repositories/result.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';

export interface PublicResultsQuery {
  challengeId?: string | undefined;
  programmeId?: string | undefined;
  page: number;
  pageSize: number;
}

/** 揭榜结果: the awarded challenges of every tenant, newest award first; open data, no session needed. */
export async function listPublicResults(ctx: UseCaseContext, query: PublicResultsQuery) {
  return resultRepository.page(ctx.deps.db, query);
}
