import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AwardResultView, ContractView } from '@jiebang/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Award, Results } from '../types';
import { enc, evaluationKeys } from './keys';

export const useChallengeAwards = (challengeId: string) =>
  useQuery({ queryKey: evaluationKeys.awards(challengeId), queryFn: ({ signal }) => api.get<{ items: Award[] }>(`/api/challenges/${enc(challengeId)}/awards`, { signal }) });

export const useResults = (challengeId: string, enabled: boolean) =>
  useQuery({ queryKey: evaluationKeys.results(challengeId), enabled, queryFn: ({ signal }) => api.get<Results>(`/api/challenges/${enc(challengeId)}/results`, { signal }) });

/** 揭榜成功, under the challenge version read (a concurrent change answers 409). */
export function useAwardChallenge(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<z.infer<typeof AwardResultView>>(`/api/challenges/${enc(challengeId)}/award`, { version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all(challengeId) }),
  });
}

/** 对接洽谈: the server drafts the contract from the award; its page takes over from there. */
export function useStartNegotiation(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (awardId: string) => api.post<z.infer<typeof ContractView>>(`/api/awards/${enc(awardId)}/contract`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.awards(challengeId) }),
  });
}
