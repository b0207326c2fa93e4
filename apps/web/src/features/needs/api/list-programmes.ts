import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProgrammePage } from '../types';

/** Programmes to pick from (the API's largest page); each carries the caller's actions, e.g. `create_need`. */
export const usePickableProgrammes = () =>
  useQuery({ queryKey: ['needs', 'programmes'], queryFn: ({ signal }) => api.get<ProgrammePage>('/api/programmes', { query: { pageSize: 100 }, signal }), staleTime: 60_000 });
