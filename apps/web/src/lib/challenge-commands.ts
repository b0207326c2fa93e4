import type { ChallengeView } from '@jiebang/contracts';
import type { z } from 'zod';
import { api } from './api-client';

type Challenge = z.infer<typeof ChallengeView>;

/** The challenge lifecycle steps that are one POST with the version read, by the `actions` name the server offers → the endpoint. */
export const CHALLENGE_COMMANDS = {
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
export type ChallengeCommand = keyof typeof CHALLENGE_COMMANDS;

export const isChallengeCommand = (action: string): action is ChallengeCommand => Object.hasOwn(CHALLENGE_COMMANDS, action);

export interface ChallengeCommandInput {
  command: ChallengeCommand;
  /** Where the step takes one (cancel, return to drafting, 流榜); left out when blank. */
  reason?: string | undefined;
}

/**
 * Runs one step with optimistic concurrency (the version on screen; 409 STALE_VERSION if someone acted first) and
 * answers the challenge's view: `republish` answers with the new version, a different challenge. Each feature's
 * mutation puts the answer in its own cache.
 */
export const postChallengeCommand = (challenge: Pick<Challenge, 'id' | 'version'>, { command, reason }: ChallengeCommandInput) =>
  api.post<Challenge>(`/api/challenges/${encodeURIComponent(challenge.id)}/${CHALLENGE_COMMANDS[command]}`, { version: challenge.version, ...(reason ? { reason } : {}) });
