import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { postChallengeCommand, type ChallengeCommandInput } from '@/lib/challenge-commands';
import type { Challenge, ChallengeListItem, CreateChallengeInput, UpdateChallengeInput } from '../types';

const enc = encodeURIComponent;

export const challengeKeys = {
  all: ['challenge-office'] as const,
  ofProgramme: (programmeId: string) => ['challenge-office', 'programme', programmeId, 'challenges'] as const,
  detail: (id: string) => ['challenge-office', 'challenge', id] as const,
};

/** Every challenge of a programme, in every status, for its officers (the server decides what the caller sees). */
export const useProgrammeChallenges = (programmeId: string) =>
  useQuery({
    queryKey: challengeKeys.ofProgramme(programmeId),
    queryFn: ({ signal }) => api.get<{ items: ChallengeListItem[] }>(`/api/programmes/${enc(programmeId)}/challenges`, { signal }),
  });

export const useChallenge = (id: string) => useQuery({ queryKey: challengeKeys.detail(id), queryFn: ({ signal }) => api.get<Challenge>(`/api/challenges/${enc(id)}`, { signal }) });

export function useCreateChallenge(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateChallengeInput) => api.post<Challenge>(`/api/programmes/${enc(programmeId)}/challenges`, body),
    onSuccess: async (view) => {
      queryClient.setQueryData(challengeKeys.detail(view.id), view);
      await queryClient.invalidateQueries({ queryKey: challengeKeys.ofProgramme(programmeId) });
    },
  });
}

/** PATCH with the version the officer read: a stale edit is refused (409) instead of overwriting someone else's. */
export function useUpdateChallenge(challenge: Pick<Challenge, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<UpdateChallengeInput, 'version'>) => api.patch<Challenge>(`/api/challenges/${enc(challenge.id)}`, { ...body, version: challenge.version }),
    onSuccess: async (view) => {
      queryClient.setQueryData(challengeKeys.detail(view.id), view);
      await queryClient.invalidateQueries({ queryKey: challengeKeys.ofProgramme(view.programme.id) });
    },
  });
}

/** Runs one step with the version read; answers the view of the challenge (the new version, for a re-publication). */
export function useChallengeCommand(challenge: Pick<Challenge, 'id' | 'version' | 'programme'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChallengeCommandInput) => postChallengeCommand(challenge, input),
    onSuccess: async (view) => {
      queryClient.setQueryData(challengeKeys.detail(view.id), view);
      if (view.id !== challenge.id) await queryClient.invalidateQueries({ queryKey: challengeKeys.detail(challenge.id) });
      await queryClient.invalidateQueries({ queryKey: challengeKeys.ofProgramme(challenge.programme.id) });
    },
  });
}
