import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/hooks/use-me';
import { api } from '@/lib/api-client';
import type { SignInInput, SignInResult } from '../types';

export const signIn = (input: SignInInput) => api.post<SignInResult>('/api/auth/sign-in', input);

/** Signs in; every cached answer is refetched because `actions` depend on who asks. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async (result) => {
      queryClient.setQueryData(meQueryKey, result.me);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
