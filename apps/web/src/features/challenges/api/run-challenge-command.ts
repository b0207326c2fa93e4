import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postChallengeCommand, type ChallengeCommandInput } from '@/lib/challenge-commands';
import type { Challenge } from '../types';
import { challengeQueryKey } from './get-challenge';

/** Runs a command and puts the answer in the cache; `republish` answers with the new version, a different challenge. */
export function useChallengeCommand(challenge: Pick<Challenge, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChallengeCommandInput) => postChallengeCommand(challenge, input),
    onSuccess: async (view) => {
      queryClient.setQueryData(challengeQueryKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['challenges'] });
    },
  });
}
