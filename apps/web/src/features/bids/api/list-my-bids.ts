import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BidPage } from '../types';

export const myBidsQueryKey = (page: number, pageSize: number) => ['bids', 'mine', { page, pageSize }] as const;

export const listMyBids = (page: number, pageSize: number, signal?: AbortSignal) => api.get<BidPage>('/api/bids/mine', { query: { page, pageSize }, signal });

/** 我的揭榜, newest first; the previous page stays on screen while the next loads. */
export const useMyBids = (page: number, pageSize: number) =>
  useQuery({ queryKey: myBidsQueryKey(page, pageSize), queryFn: ({ signal }) => listMyBids(page, pageSize, signal), placeholderData: keepPreviousData });
