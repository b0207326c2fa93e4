import type { OrganisationSearchItem, Page } from '@jiebang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';

export type OrganisationPage = z.infer<ReturnType<typeof Page<typeof OrganisationSearchItem>>>;

/**
 * Registered organisations by part of the name or USCC (signed-in users), for a picker: consortium members, a new
 * lead organisation, the designated organisation of 指派制, an integrity lookup. The previous hits stay while the
 * next ones load, so the list does not flash empty between keystrokes.
 */
export const useOrganisationSearch = (q: string) =>
  useQuery({
    queryKey: ['organisations', 'search', q],
    queryFn: ({ signal }) => api.get<OrganisationPage>('/api/organisations', { query: { q, pageSize: 20 }, signal }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
