import { useQueries, useQuery } from '@tanstack/react-query';
import type { OrganisationView } from '@jiebang/contracts';
import type { z } from 'zod';
import { api, isApiError } from '@/lib/api-client';
import type { Me } from '../types';

type Organisation = z.infer<typeof OrganisationView>;

/** Same key and answer as the auth feature's lookup, so the signed-in user is fetched once. */
async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const useSignedInUser = () => useQuery({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

/** The organisations the signed-in user acts for as demander, with their names (grants carry ids only). */
export function useDemanderOrganisations(): { organisations: { id: string; name: string }[]; isPending: boolean } {
  const me = useSignedInUser();
  const ids = [...new Set((me.data?.grants ?? []).flatMap((grant) => (grant.role === 'demander' && grant.organisationId ? [grant.organisationId] : [])))];
  const names = useQueries({
    queries: ids.map((id) => ({ queryKey: ['organisations', id], queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Organisation>(`/api/organisations/${id}`, { signal }), staleTime: 10 * 60_000 })),
  });
  return {
    organisations: ids.map((id, index) => ({ id, name: names[index]?.data?.name ?? id })),
    isPending: me.isPending || names.some((result) => result.isPending),
  };
}
