import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OrganisationMember, OrganisationPage } from '../types';

/** Organisations by name or USCC, to pick consortium members (signed-in users). */
export const useOrganisationSearch = (q: string) =>
  useQuery({
    queryKey: ['organisations', 'search', q],
    queryFn: ({ signal }) => api.get<OrganisationPage>('/api/organisations', { query: { q, pageSize: 20 }, signal }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });

/** The lead organisation's people, to choose the PI; only its own staff may ask (others get 403). */
export const useOrganisationMembers = (organisationId: string | undefined) =>
  useQuery({
    queryKey: ['organisations', organisationId, 'members'],
    queryFn: ({ signal }) => api.get<{ items: OrganisationMember[] }>(`/api/organisations/${encodeURIComponent(organisationId ?? '')}/members`, { signal }),
    enabled: Boolean(organisationId),
    staleTime: 5 * 60_000,
  });
