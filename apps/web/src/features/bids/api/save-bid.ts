import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Bid, CreateBidInput, UpdateBidInput } from '../types';
import { bidQueryKey } from './get-bid';

export const createBid = (challengeId: string, input: CreateBidInput) => api.post<Bid>(`/api/challenges/${encodeURIComponent(challengeId)}/bids`, input);
export const updateBid = (id: string, input: UpdateBidInput) => api.patch<Bid>(`/api/bids/${encodeURIComponent(id)}`, input);

export type SaveBidInput = { kind: 'create'; challengeId: string; body: CreateBidInput } | { kind: 'update'; id: string; body: UpdateBidInput };

/** The draft's one save: created on the first save, PATCHed (with the version read) after. */
export function useSaveBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveBidInput) => (input.kind === 'create' ? createBid(input.challengeId, input.body) : updateBid(input.id, input.body)),
    onSuccess: async (bid) => {
      queryClient.setQueryData(bidQueryKey(bid.id), bid);
      await queryClient.invalidateQueries({ queryKey: ['bids', 'mine'] });
    },
  });
}
