import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Bid } from '../types';
import { bidQueryKey } from './get-bid';

/** Bid actions that are one POST with the version read. */
const COMMAND_PATHS = { sign_pi_commitment: 'pi-commitment', submit: 'submit', withdraw: 'withdraw' } as const;
export type BidCommand = keyof typeof COMMAND_PATHS;
export const isBidCommand = (action: string): action is BidCommand => Object.hasOwn(COMMAND_PATHS, action);

export interface BidCommandInput {
  command: BidCommand;
  reason?: string;
  pledge?: string;
}

/** Runs a command with optimistic concurrency (409 STALE_VERSION if someone acted first) and caches the answer. */
export function useBidCommand(bid: Pick<Bid, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ command, reason, pledge }: BidCommandInput) =>
      api.post<Bid>(`/api/bids/${encodeURIComponent(bid.id)}/${COMMAND_PATHS[command]}`, {
        version: bid.version,
        ...(reason !== undefined ? { reason } : {}),
        ...(pledge !== undefined ? { pledge } : {}),
      }),
    onSuccess: async (view) => {
      queryClient.setQueryData(bidQueryKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['bids', 'mine'] });
    },
  });
}
