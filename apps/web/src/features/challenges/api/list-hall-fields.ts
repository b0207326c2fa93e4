import { useQuery } from '@tanstack/react-query';
import { hallQueryKey, listChallenges } from './list-challenges';

const FIELDS_SAMPLE = { page: 1, pageSize: 100 } as const;

/**
 * Fields seen among the latest 100 hall challenges, to choose from in the field filter (the API matches the exact
 * field name). A facet endpoint should replace this once halls grow beyond a page.
 */
export function useHallFields(): string[] {
  const { data } = useQuery({ queryKey: hallQueryKey(FIELDS_SAMPLE), queryFn: ({ signal }) => listChallenges(FIELDS_SAMPLE, signal), staleTime: 5 * 60_000 });
  const fields = new Set((data?.items ?? []).map((item) => item.field).filter(Boolean));
  return [...fields].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
