import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChallengeForBid } from '../types';

/** The challenge a bid answers: its indicators (to commit to) and its title. Same cache entry as the challenge page. */
export const useChallengeForBid = (id: string) =>
  useQuery({ queryKey: ['challenges', 'detail', id], queryFn: ({ signal }) => api.get<ChallengeForBid>(`/api/challenges/${encodeURIComponent(id)}`, { signal }), enabled: id !== '' });
