import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Need } from '../types';

export const needsQueryKey = (programmeId: string) => ['needs', 'list', programmeId] as const;

/** A demander sees its own organisations' needs of the programme (the server filters). */
export const useProgrammeNeeds = (programmeId: string | undefined) =>
  useQuery({
    queryKey: needsQueryKey(programmeId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Need[] }>(`/api/programmes/${encodeURIComponent(programmeId ?? '')}/needs`, { signal }),
    enabled: Boolean(programmeId),
  });
