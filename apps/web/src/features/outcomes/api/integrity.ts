import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IntegrityRecord } from '../types';
import { outcomeKeys } from './keys';

export interface IntegrityFilter {
  organisationId?: string | undefined;
  userId?: string | undefined;
}

/** 信用管理: the records of the tenants the officer serves, optionally of one organisation or one person. */
export const useIntegrityRecords = (filter: IntegrityFilter) =>
  useQuery({
    queryKey: outcomeKeys.integrity(filter),
    queryFn: ({ signal }) => api.get<{ items: IntegrityRecord[] }>('/api/integrity-records', { signal, query: { organisationId: filter.organisationId, userId: filter.userId } }),
    placeholderData: keepPreviousData,
  });
