import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Challenge, Ranking, ShortlistResult } from '../types';
import { enc, evaluationKeys } from './keys';

export const useEvaluationChallenge = (challengeId: string) =>
  useQuery({ queryKey: evaluationKeys.challenge(challengeId), queryFn: ({ signal }) => api.get<Challenge>(`/api/challenges/${enc(challengeId)}`, { signal }) });

export const useRanking = (challengeId: string) =>
  useQuery({ queryKey: evaluationKeys.ranking(challengeId), queryFn: ({ signal }) => api.get<Ranking>(`/api/challenges/${enc(challengeId)}/ranking`, { signal }) });

/** 入围: the server fixes the ranking as it stands; nothing to choose. */
export function useShortlist(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ShortlistResult>(`/api/challenges/${enc(challengeId)}/shortlist`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all(challengeId) }),
  });
}
