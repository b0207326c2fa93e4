import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { Me } from '../types';

/** The signed-in user (shares the cache entry of the header's query); null for a visitor. */
export const useMe = () =>
  useQuery({
    queryKey: ['auth', 'me'],
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await api.get<Me>('/api/auth/me', { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
