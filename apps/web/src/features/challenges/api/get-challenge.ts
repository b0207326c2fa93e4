import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Challenge } from '../types';

export const challengeQueryKey = (id: string) => ['challenges', 'detail', id] as const;

export const getChallenge = (id: string, signal?: AbortSignal) => api.get<Challenge>(`/api/challenges/${encodeURIComponent(id)}`, { signal });

export const useChallenge = (id: string) => useQuery({ queryKey: challengeQueryKey(id), queryFn: ({ signal }) => getChallenge(id, signal) });
