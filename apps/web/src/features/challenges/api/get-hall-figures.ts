import { useQueries } from '@tanstack/react-query';
import type { PublicStatus } from '../types';
import { hallQueryKey, listChallenges } from './list-challenges';

/** Headline counts of the public hall: one page-size-1 request per status, reading only `total`. */
const FIGURES = [
  { key: 'total', status: undefined },
  { key: 'open', status: 'published' },
  { key: 'underReview', status: 'under_review' },
  { key: 'awarded', status: 'awarded' },
] as const satisfies readonly { key: string; status: PublicStatus | undefined }[];
export type HallFigureKey = (typeof FIGURES)[number]['key'];

export function useHallFigures() {
  const results = useQueries({
    queries: FIGURES.map(({ status }) => {
      const query = { status, page: 1, pageSize: 1 };
      return { queryKey: hallQueryKey(query), queryFn: ({ signal }: { signal: AbortSignal }) => listChallenges(query, signal) };
    }),
  });
  return {
    figures: FIGURES.map((figure, index) => ({ key: figure.key as HallFigureKey, value: results[index]?.data?.total })),
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
