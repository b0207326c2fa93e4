import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Contract, Payout } from '../types';
import { contractDetailKey, enc, outcomeKeys } from './keys';

export const usePayout = (id: string) => useQuery({ queryKey: outcomeKeys.payout(id), queryFn: ({ signal }) => api.get<Payout>(`/api/payouts/${enc(id)}`, { signal }) });

function useSettle(contractId: string) {
  const queryClient = useQueryClient();
  return async (payout: Payout) => {
    queryClient.setQueryData(outcomeKeys.payout(payout.id), payout);
    await queryClient.invalidateQueries({ queryKey: contractDetailKey(contractId) });
  };
}

/** 成果兑现: the server computes the amount from the contract's frozen funding scheme. */
export function useComputePayout(contract: Pick<Contract, 'id' | 'version'>) {
  const settle = useSettle(contract.id);
  return useMutation({ mutationFn: () => api.post<Payout>(`/api/contracts/${enc(contract.id)}/payouts`, { version: contract.version }), onSuccess: settle });
}

export function useAdvancePayout(contractId: string) {
  const settle = useSettle(contractId);
  return useMutation({
    mutationFn: ({ payout, event }: { payout: Pick<Payout, 'id' | 'version'>; event: 'approve' | 'pay' }) => api.post<Payout>(`/api/payouts/${enc(payout.id)}/${event}`, { version: payout.version }),
    onSuccess: settle,
  });
}
