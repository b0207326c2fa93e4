import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Contract, FailureFinding, FailureReview } from '../types';
import { contractDetailKey, enc, outcomeKeys } from './keys';

export const useFailureReview = (id: string | undefined) =>
  useQuery({
    queryKey: outcomeKeys.failureReview(id ?? ''),
    queryFn: ({ signal }) => api.get<FailureReview>(`/api/failure-reviews/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });

function useSettle(contractId: string) {
  const queryClient = useQueryClient();
  return async (review: FailureReview) => {
    queryClient.setQueryData(outcomeKeys.failureReview(review.id), review);
    await Promise.all([queryClient.invalidateQueries({ queryKey: contractDetailKey(contractId) }), queryClient.invalidateQueries({ queryKey: outcomeKeys.integrityAll })]);
  };
}

export function useOpenFailureReview(contract: Pick<Contract, 'id' | 'version'>) {
  const settle = useSettle(contract.id);
  return useMutation({ mutationFn: () => api.post<FailureReview>(`/api/contracts/${enc(contract.id)}/failure-review`, { version: contract.version }), onSuccess: settle });
}

export function useDecideFailureReview(contractId: string, review: Pick<FailureReview, 'id' | 'version'>) {
  const settle = useSettle(contractId);
  return useMutation({
    mutationFn: (input: { finding: FailureFinding; reasoning: string }) => api.post<FailureReview>(`/api/failure-reviews/${enc(review.id)}/decide`, { ...input, version: review.version }),
    onSuccess: settle,
  });
}
