import type { MeView } from '@jiebang/contracts';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, isApiError } from '@/lib/api-client';

type Me = z.infer<typeof MeView>;

/** Same key and answer as the auth feature's lookup, so the signed-in user is fetched once (null for a visitor). */
async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const useSignedInUser = () => useQuery({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });
