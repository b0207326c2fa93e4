import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Acceptance, Contract, RecordVerdictInput, TesterAcceptanceList } from '../types';
import { contractDetailKey, enc, outcomeKeys } from './keys';

export const useAcceptance = (id: string | undefined) =>
  useQuery({
    queryKey: outcomeKeys.acceptance(id ?? ''),
    queryFn: ({ signal }) => api.get<Acceptance>(`/api/acceptances/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });

/** A testing agency's worklist: the open acceptances of the programmes it tests for (tester grant only). */
export const useTesterAcceptances = () =>
  useQuery({
    queryKey: outcomeKeys.testerAcceptances,
    queryFn: ({ signal }) => api.get<TesterAcceptanceList>('/api/testers/me/acceptances', { signal }),
  });

/**
 * After any acceptance change: the acceptance itself, the contract page (its status and actions move too) and the
 * tester's worklist (its measured counts).
 */
function useSettle(contractId: string) {
  const queryClient = useQueryClient();
  return async (acceptance: Acceptance) => {
    queryClient.setQueryData(outcomeKeys.acceptance(acceptance.id), acceptance);
    await Promise.all([queryClient.invalidateQueries({ queryKey: contractDetailKey(contractId) }), queryClient.invalidateQueries({ queryKey: outcomeKeys.testerAcceptances })]);
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
