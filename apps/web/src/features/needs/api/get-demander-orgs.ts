import { useQueries } from '@tanstack/react-query';
import type { OrganisationView } from '@jiebang/contracts';
import type { z } from 'zod';
import { useMe } from '@/hooks/use-me';
import { api } from '@/lib/api-client';

type Organisation = z.infer<typeof OrganisationView>;

/** The organisations the signed-in user acts for as demander, with their names (grants carry ids only). */
export function useDemanderOrganisations(): { organisations: { id: string; name: string }[]; isPending: boolean } {
  const me = useMe();
  const ids = [...new Set((me.data?.grants ?? []).flatMap((grant) => (grant.role === 'demander' && grant.organisationId ? [grant.organisationId] : [])))];
  const names = useQueries({
    queries: ids.map((id) => ({ queryKey: ['organisations', id], queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Organisation>(`/api/organisations/${id}`, { signal }), staleTime: 10 * 60_000 })),
  });
  return {
    organisations: ids.map((id, index) => ({ id, name: names[index]?.data?.name ?? id })),
    isPending: me.isPending || names.some((result) => result.isPending),
  };
}
