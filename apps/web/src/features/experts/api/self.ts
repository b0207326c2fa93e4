import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { DeclareRelationInput, ExpertDetail, ExpertRelation, UpdateExpertInput } from '../types';
import { enc, expertKeys } from './keys';

/** The signed-in user's own profile; `null` when they have none (the API answers 404). */
export const useMyExpertProfile = () =>
  useQuery({
    queryKey: expertKeys.me,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<ExpertDetail>('/api/experts/me', { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

export function useUpdateMyExpertProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: UpdateExpertInput) => api.patch<ExpertDetail>('/api/experts/me', input), onSuccess: (profile) => queryClient.setQueryData(expertKeys.me, profile) });
}

export function useDeclareRelation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: DeclareRelationInput) => api.post<ExpertRelation>('/api/experts/me/relations', input), onSuccess: () => queryClient.invalidateQueries({ queryKey: expertKeys.me }) });
}

export function useRemoveRelation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api.delete<null>(`/api/experts/me/relations/${enc(id)}`), onSuccess: () => queryClient.invalidateQueries({ queryKey: expertKeys.me }) });
}
