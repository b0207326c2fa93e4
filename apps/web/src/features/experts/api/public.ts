import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ExpertField, Registration, RegisterExpertInput, Tenant } from '../types';
import { expertKeys } from './keys';

/** The field catalogue (GB/T 4754 divisions); it does not change while the app runs. */
export const useExpertFields = () => useQuery({ queryKey: expertKeys.fields, queryFn: ({ signal }) => api.get<{ items: ExpertField[] }>('/api/expert-fields', { signal }), staleTime: Infinity });

/** The platform tenants, i.e. the pools one may apply to. */
export const usePoolTenants = () => useQuery({ queryKey: expertKeys.tenants, queryFn: ({ signal }) => api.get<{ items: Tenant[] }>('/api/tenants', { signal }), staleTime: 10 * 60_000 });

/** Public self-registration; nothing is cached, the applicant signs in next. */
export const useRegisterExpert = () => useMutation({ mutationFn: (input: RegisterExpertInput) => api.post<Registration>('/api/expert-registrations', input) });
