import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Registration, RegistrationInput } from '../types';

/** Public: an organisation and its first account. Nothing is cached: the visitor signs in next. */
export const useRegisterOrganisation = () => useMutation({ mutationFn: (input: RegistrationInput) => api.post<Registration>('/api/organisations/register', input) });
