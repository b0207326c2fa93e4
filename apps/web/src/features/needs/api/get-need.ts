import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Need } from '../types';

export const needQueryKey = (id: string) => ['needs', 'detail', id] as const;

export const useNeed = (id: string) => useQuery({ queryKey: needQueryKey(id), queryFn: ({ signal }) => api.get<Need>(`/api/needs/${encodeURIComponent(id)}`, { signal }) });
