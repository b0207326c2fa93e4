import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OrganisationMember } from '../types';

/** The lead organisation's people, to choose the PI; only its own staff may ask (others get 403). */
export const useOrganisationMembers = (organisationId: string | undefined) =>
  useQuery({
    queryKey: ['organisations', organisationId, 'members'],
    queryFn: ({ signal }) => api.get<{ items: OrganisationMember[] }>(`/api/organisations/${encodeURIComponent(organisationId ?? '')}/members`, { signal }),
    enabled: Boolean(organisationId),
    staleTime: 5 * 60_000,
  });
