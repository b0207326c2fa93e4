import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Challenge } from '../types';
import { challengeQueryKey } from './get-challenge';

/** The challenge actions that are one POST with the version read (and a reason where the API takes one). */
const COMMAND_PATHS = {
  submit_for_review: 'submit-for-review',
  return_to_drafting: 'return-to-drafting',
  approve: 'approve',
  publish: 'publish',
  close_bidding: 'close-bidding',
  start_review: 'start-review',
  declare_no_award: 'declare-no-award',
  cancel: 'cancel',
  republish: 'republish',
} as const;
export type ChallengeCommand = keyof typeof COMMAND_PATHS;

export const isChallengeCommand = (action: string): action is ChallengeCommand => Object.hasOwn(COMMAND_PATHS, action);

export interface ChallengeCommandInput {
  command: ChallengeCommand;
  reason?: string;
}

/**
 * Runs a command with optimistic concurrency (the version on screen; 409 STALE_VERSION if someone acted first)
 * and puts the answer in the cache. `republish` answers with the new version, a different challenge.
 */
export function useChallengeCommand(challenge: Pick<Challenge, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ command, reason }: ChallengeCommandInput) =>
      api.post<Challenge>(`/api/challenges/${encodeURIComponent(challenge.id)}/${COMMAND_PATHS[command]}`, { version: challenge.version, ...(reason ? { reason } : {}) }),
    onSuccess: async (view) => {
      queryClient.setQueryData(challengeQueryKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['challenges'] });
    },
  });
}
