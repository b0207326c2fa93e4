import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PublicResultPage } from '../types';

export interface ResultsQuery {
  page: number;
  pageSize: number;
  challengeId?: string | undefined;
}

/** 揭榜结果: awarded challenges of every tenant, newest first; the previous page stays while the next loads. */
export const useResults = (query: ResultsQuery) =>
  useQuery({ queryKey: ['results', query], queryFn: ({ signal }) => api.get<PublicResultPage>('/api/results', { query: { ...query }, signal }), placeholderData: keepPreviousData });
