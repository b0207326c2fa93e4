import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Acceptance, Contract, RecordVerdictInput } from '../types';
import { contractDetailKey, enc, outcomeKeys } from './keys';

export const useAcceptance = (id: string | undefined) =>
  useQuery({
    queryKey: outcomeKeys.acceptance(id ?? ''),
    queryFn: ({ signal }) => api.get<Acceptance>(`/api/acceptances/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });

/** After any acceptance change: the acceptance itself and the contract page (its status and actions move too). */
function useSettle(contractId: string) {
  const queryClient = useQueryClient();
  return async (acceptance: Acceptance) => {
    queryClient.setQueryData(outcomeKeys.acceptance(acceptance.id), acceptance);
    await queryClient.invalidateQueries({ queryKey: contractDetailKey(contractId) });
  };
}

export function useRequestAcceptance(contract: Pick<Contract, 'id' | 'version'>) {
  const settle = useSettle(contract.id);
  return useMutation({
    mutationFn: () => api.post<Acceptance>(`/api/contracts/${enc(contract.id)}/acceptance`, { version: contract.version }),
    onSuccess: settle,
  });
}

export function useRecordVerdict(contractId: string, acceptance: Pick<Acceptance, 'id' | 'version'>) {
  const settle = useSettle(contractId);
  return useMutation({
    mutationFn: (input: Omit<RecordVerdictInput, 'version'>) => api.post<Acceptance>(`/api/acceptances/${enc(acceptance.id)}/verdicts`, { ...input, version: acceptance.version }),
    onSuccess: settle,
  });
}

export function useConcludeAcceptance(contractId: string, acceptance: Pick<Acceptance, 'id' | 'version'>) {
  const settle = useSettle(contractId);
  return useMutation({
    mutationFn: (input: { summary: string; actualContractValueFen?: number | undefined }) => api.post<Acceptance>(`/api/acceptances/${enc(acceptance.id)}/conclude`, { ...input, version: acceptance.version }),
    onSuccess: settle,
  });
}
