import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Bid } from '../types';

/** The bid as this expert may see it: the proposal, without totals, ranks or other experts' scores (the server leaves them out). */
export const useReviewedBid = (id: string) => useQuery({ queryKey: ['reviews', 'bid', id], queryFn: ({ signal }) => api.get<Bid>(`/api/bids/${encodeURIComponent(id)}`, { signal }) });
