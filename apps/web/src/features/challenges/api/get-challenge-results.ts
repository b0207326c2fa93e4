import type { ChallengeResultsView } from '@jiebang/contracts';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';

export type ChallengeResults = z.infer<typeof ChallengeResultsView>;

/** The awarded units of a challenge (public); asked only once the challenge is awarded. */
export const useChallengeResults = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['challenges', 'results', id], queryFn: ({ signal }) => api.get<ChallengeResults>(`/api/challenges/${encodeURIComponent(id)}/results`, { signal }), enabled });
