import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/hooks/use-me';
import { api } from '@/lib/api-client';

export const signOut = () => api.post<void>('/api/auth/sign-out');

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Even if the server already forgot the session, this browser is signed out.
    onSettled: async () => {
      queryClient.setQueryData(meQueryKey, null);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
