import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Bid, ChallengeListItem } from '../types';

const enc = encodeURIComponent;

export const bidKeys = {
  forChallenge: (challengeId: string) => ['office', 'bids', challengeId] as const,
  challenges: (programmeId: string) => ['office', 'challenges', programmeId] as const,
};

/** Challenges of a programme: every status for its officers (the server decides). */
export const useProgrammeChallenges = (programmeId: string) =>
  useQuery({
    queryKey: bidKeys.challenges(programmeId),
    queryFn: ({ signal }) => api.get<{ items: ChallengeListItem[] }>(`/api/programmes/${enc(programmeId)}/challenges`, { signal }),
  });

export const useChallengeBids = (challengeId: string) =>
  useQuery({ queryKey: bidKeys.forChallenge(challengeId), queryFn: ({ signal }) => api.get<{ items: Bid[] }>(`/api/challenges/${enc(challengeId)}/bids`, { signal }) });

export const useChallengeTitle = (challengeId: string) =>
  useQuery({
    queryKey: ['office', 'challenge-title', challengeId],
    queryFn: ({ signal }) => api.get<{ id: string; title: string; code: string; programme: { id: string; name: string } }>(`/api/challenges/${enc(challengeId)}`, { signal }),
  });

/** The formal check (形式审查): the server runs the eligibility rules and answers with the bid and its report. */
export function useCheckEligibility(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bid: Pick<Bid, 'id' | 'version'>) => api.post<Bid>(`/api/bids/${enc(bid.id)}/check-eligibility`, { version: bid.version }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bidKeys.forChallenge(challengeId) });
      await queryClient.invalidateQueries({ queryKey: ['office', 'programmes', 'dashboard'] });
    },
  });
}
