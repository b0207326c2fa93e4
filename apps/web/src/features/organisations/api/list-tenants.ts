import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Tenant } from '../types';

/** The platform tenants an organisation may register under (public); they change rarely. */
export const useTenants = () => useQuery({ queryKey: ['tenants'], queryFn: ({ signal }) => api.get<{ items: Tenant[] }>('/api/tenants', { signal }), staleTime: 10 * 60_000 });
