import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  ApprovalDecision,
  ChangeRequest,
  ChangeRequestInput,
  ContractListView,
  ContractView,
  Expense,
  ExpenseInput,
  FailNegotiationResult,
  Milestone,
  OrganisationMemberList,
  ReviewDecision,
  TermsBody,
  Tranche,
} from '../types';

const enc = encodeURIComponent;

/**
 * Every contract query lives under ['contracts']: a command on any part of a contract (a milestone, a tranche, an
 * acceptance of the outcomes feature…) refreshes the page and the list by invalidating that prefix.
 */
export const contractKeys = {
  all: ['contracts'] as const,
  mine: ['contracts', 'mine'] as const,
  detail: (id: string) => ['contracts', 'detail', id] as const,
};

export const useMyContracts = (enabled = true) =>
  useQuery({ queryKey: contractKeys.mine, queryFn: ({ signal }) => api.get<ContractListView>('/api/contracts/mine', { signal }), enabled });

export const useContract = (id: string) => useQuery({ queryKey: contractKeys.detail(id), queryFn: ({ signal }) => api.get<ContractView>(`/api/contracts/${enc(id)}`, { signal }) });

/** A mutation whose success refreshes every contract query (the page, its parts and the list). */
function useContractMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: contractKeys.all }) });
}

export const useSaveTerms = (contractId: string) => useContractMutation((body: TermsBody) => api.put<ContractView>(`/api/contracts/${enc(contractId)}/terms`, body));

export const useContractCommand = (contract: Pick<ContractView, 'id' | 'version'>) =>
  useContractMutation((command: 'sign' | 'close') => api.post<ContractView>(`/api/contracts/${enc(contract.id)}/${command}`, { version: contract.version }));

export const useFailNegotiation = (contract: Pick<ContractView, 'id' | 'version'>) =>
  useContractMutation((reason: string) => api.post<FailNegotiationResult>(`/api/contracts/${enc(contract.id)}/fail-negotiation`, { version: contract.version, reason }));

export const useReportMilestone = () =>
  useContractMutation(({ milestone, report }: { milestone: Pick<Milestone, 'id' | 'version'>; report: string }) =>
    api.post<Milestone>(`/api/milestones/${enc(milestone.id)}/report`, { version: milestone.version, report }),
  );

export const useReviewMilestone = () =>
  useContractMutation(({ milestone, decision, opinion, remediationDueDate }: { milestone: Pick<Milestone, 'id' | 'version'>; decision: ReviewDecision; opinion: string; remediationDueDate?: string | undefined }) =>
    api.post<Milestone>(`/api/milestones/${enc(milestone.id)}/review`, { version: milestone.version, decision, opinion, ...(remediationDueDate ? { remediationDueDate } : {}) }),
  );

export const usePayTranche = () => useContractMutation((tranche: Pick<Tranche, 'id' | 'version'>) => api.post<Tranche>(`/api/tranches/${enc(tranche.id)}/pay`, { version: tranche.version }));

export const useFileChangeRequest = (contractId: string) =>
  useContractMutation((body: ChangeRequestInput) => api.post<ChangeRequest>(`/api/contracts/${enc(contractId)}/change-requests`, body));

export const useDecideChangeRequest = () =>
  useContractMutation(({ request, decision, note }: { request: Pick<ChangeRequest, 'id' | 'version'>; decision: ApprovalDecision; note: string }) =>
    api.post<ChangeRequest>(`/api/change-requests/${enc(request.id)}/decide`, { version: request.version, decision, note }),
  );

export const useSubmitExpense = (contractId: string) => useContractMutation((body: ExpenseInput) => api.post<Expense>(`/api/contracts/${enc(contractId)}/expenses`, body));

export const useDecideExpense = () =>
  useContractMutation(({ expense, decision, note }: { expense: Pick<Expense, 'id' | 'version'>; decision: ApprovalDecision; note: string }) =>
    api.post<Expense>(`/api/expenses/${enc(expense.id)}/decide`, { version: expense.version, decision, note }),
  );

/** The lead organisation's people, to name a new PI; only its own staff may ask (others get 403). */
export const useOrganisationMembers = (organisationId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['organisations', organisationId, 'members'],
    queryFn: ({ signal }) => api.get<OrganisationMemberList>(`/api/organisations/${enc(organisationId)}/members`, { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
