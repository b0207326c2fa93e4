import type { MeView } from '@jiebang/contracts';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, isApiError } from '@/lib/api-client';

export type Me = z.infer<typeof MeView>;

/** One cache entry for the signed-in user: the header, every portal's nav and sign-in/out share it. */
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
