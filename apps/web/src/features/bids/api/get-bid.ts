import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Bid } from '../types';

export const bidQueryKey = (id: string) => ['bids', 'detail', id] as const;

export const getBid = (id: string, signal?: AbortSignal) => api.get<Bid>(`/api/bids/${encodeURIComponent(id)}`, { signal });

export const useBid = (id: string, options: { enabled?: boolean } = {}) => useQuery({ queryKey: bidQueryKey(id), queryFn: ({ signal }) => getBid(id, signal), enabled: options.enabled ?? true });
