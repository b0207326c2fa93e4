import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChallengePage, HallQuery } from '../types';

export const hallQueryKey = (query: HallQuery) => ['challenges', 'hall', query] as const;

export const listChallenges = (query: HallQuery, signal?: AbortSignal) => api.get<ChallengePage>('/api/challenges', { query: { ...query }, signal });

/** 揭榜大厅: public, no session needed. The previous page stays on screen while the next one loads. */
export const useChallenges = (query: HallQuery) =>
  useQuery({ queryKey: hallQueryKey(query), queryFn: ({ signal }) => listChallenges(query, signal), placeholderData: keepPreviousData });
