import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateExpertInput, Expert, ExpertDetail, ExpertFilter, HistoryEntry, UpdateExpertInput } from '../types';
import { enc, expertKeys } from './keys';

/** A page of the pool as the officer may see it; the previous page stays on screen while the next loads. */
export const useExperts = (filter: ExpertFilter) =>
  useQuery({
    queryKey: expertKeys.list(filter),
    queryFn: ({ signal }) => api.get<{ items: Expert[]; total: number; page: number; pageSize: number }>('/api/experts', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });

export const useExpert = (userId: string | null) =>
  useQuery({ queryKey: expertKeys.detail(userId ?? ''), enabled: userId !== null, queryFn: ({ signal }) => api.get<ExpertDetail>(`/api/experts/${enc(userId!)}`, { signal }) });

export const useExpertHistory = (userId: string, enabled: boolean) =>
  useQuery({ queryKey: expertKeys.history(userId), enabled, queryFn: ({ signal }) => api.get<{ items: HistoryEntry[] }>(`/api/experts/${enc(userId)}/history`, { signal }) });

function useRefreshPool() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: expertKeys.all });
}

export function useCreateExpert() {
  const refresh = useRefreshPool();
  return useMutation({ mutationFn: (input: CreateExpertInput) => api.post<ExpertDetail>('/api/experts', input), onSuccess: refresh });
}

export function useUpdateExpert() {
  const refresh = useRefreshPool();
  return useMutation({ mutationFn: ({ userId, input }: { userId: string; input: UpdateExpertInput }) => api.patch<ExpertDetail>(`/api/experts/${enc(userId)}`, input), onSuccess: refresh });
}

export type ExpertStep = 'approve' | 'reject' | 'suspend' | 'reactivate';

/** A lifecycle step on a profile, at the version the officer read. */
export function useExpertStep() {
  const refresh = useRefreshPool();
  return useMutation({
    mutationFn: ({ expert, step, reason }: { expert: Pick<Expert, 'userId' | 'version'>; step: ExpertStep; reason?: string }) =>
      api.post<ExpertDetail>(`/api/experts/${enc(expert.userId)}/${step}`, { version: expert.version, ...(reason !== undefined ? { reason } : {}) }),
    onSuccess: refresh,
  });
}
