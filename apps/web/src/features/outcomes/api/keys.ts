/** The contract page's query key (owned by the contracts feature; every outcome change refreshes it). */
export const contractDetailKey = (contractId: string) => ['contracts', 'detail', contractId] as const;

export const outcomeKeys = {
  acceptance: (id: string) => ['outcomes', 'acceptance', id] as const,
  testerAcceptances: ['outcomes', 'tester-acceptances'] as const,
  payout: (id: string) => ['outcomes', 'payout', id] as const,
  failureReview: (id: string) => ['outcomes', 'failure-review', id] as const,
  integrity: (filter: { organisationId?: string | undefined; userId?: string | undefined }) => ['outcomes', 'integrity', filter.organisationId ?? '', filter.userId ?? ''] as const,
  integrityAll: ['outcomes', 'integrity'] as const,
};

export const enc = encodeURIComponent;
