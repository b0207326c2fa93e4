import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateNeedInput, Need, UpdateNeedInput } from '../types';
import { needQueryKey } from './get-need';

export function useCreateNeed(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNeedInput) => api.post<Need>(`/api/programmes/${encodeURIComponent(programmeId)}/needs`, input),
    onSuccess: async (need) => {
      queryClient.setQueryData(needQueryKey(need.id), need);
      await queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
}

/** Edits with the version read: 409 STALE_VERSION when someone saved in between. */
export function useUpdateNeed(need: Pick<Need, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<UpdateNeedInput, 'version'>) => api.patch<Need>(`/api/needs/${encodeURIComponent(need.id)}`, { ...input, version: need.version }),
    onSuccess: async (view) => {
      queryClient.setQueryData(needQueryKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
}

export function useSubmitNeed(need: Pick<Need, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Need>(`/api/needs/${encodeURIComponent(need.id)}/submit`, { version: need.version }),
    onSuccess: async (view) => {
      queryClient.setQueryData(needQueryKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
}
