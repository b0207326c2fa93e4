import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Assignments } from '../types';

export const assignmentsQueryKey = ['reviews', 'assignments'] as const;

/** 我的评审任务: the panels the signed-in expert sits on, the bids to score and the expert's own scores. */
export const useAssignments = () => useQuery({ queryKey: assignmentsQueryKey, queryFn: ({ signal }) => api.get<Assignments>('/api/experts/me/assignments', { signal }) });
