import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { Me } from '../types';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null for a visitor (401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const useMe = () => useQuery({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });
