import { useQuery } from '@tanstack/react-query';
import type { ChallengeView } from '@jiebang/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api-client';

type Indicator = z.infer<typeof ChallengeView>['indicators'][number];

/** The challenge's 考核指标, to name what a bid commits to (a challenge under review is public). */
export const useChallengeIndicators = (challengeId: string) =>
  useQuery({
    queryKey: ['reviews', 'challenge-indicators', challengeId],
    queryFn: async ({ signal }) => (await api.get<{ indicators: Indicator[] }>(`/api/challenges/${encodeURIComponent(challengeId)}`, { signal })).indicators,
    staleTime: 10 * 60_000,
  });
