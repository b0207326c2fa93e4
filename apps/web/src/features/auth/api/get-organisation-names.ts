import type { OrganisationView } from '@jiebang/contracts';
import { useQueries } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';

type Organisation = z.infer<typeof OrganisationView>;

/** Names of the organisations a user acts for (their grants carry ids only), from the public profiles. */
export function useOrganisationNames(ids: readonly string[]): Map<string, string> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['organisations', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Organisation>(`/api/organisations/${id}`, { signal }),
      staleTime: 10 * 60_000,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    const id = ids[index];
    if (id && result.data) names.set(id, result.data.name);
  });
  return names;
}
