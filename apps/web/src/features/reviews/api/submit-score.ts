import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewScore, SubmitScoreInput } from '../types';
import { assignmentsQueryKey } from './list-assignments';

/** Scores a bid; posting again while scoring is open replaces the expert's earlier score. */
export function useSubmitScore(bidId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitScoreInput) => api.post<ReviewScore>(`/api/bids/${encodeURIComponent(bidId)}/scores`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
