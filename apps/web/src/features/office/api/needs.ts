import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Need, NeedStatus } from '../types';

const enc = encodeURIComponent;

export const needKeys = {
  pool: (programmeId: string, status: NeedStatus | undefined) => ['office', 'needs', 'pool', programmeId, status ?? ''] as const,
  detail: (id: string) => ['office', 'needs', 'detail', id] as const,
};

export const useNeedsPool = (programmeId: string, status: NeedStatus | undefined) =>
  useQuery({
    queryKey: needKeys.pool(programmeId, status),
    queryFn: ({ signal }) => api.get<{ items: Need[] }>(`/api/programmes/${enc(programmeId)}/needs`, { query: { status }, signal }),
  });

export const useNeed = (id: string) => useQuery({ queryKey: needKeys.detail(id), queryFn: ({ signal }) => api.get<Need>(`/api/needs/${enc(id)}`, { signal }) });

/** The vetting actions the server may offer on a need, and the path each one posts to. */
export const NEED_COMMAND_PATHS = {
  start_screening: 'start-screening',
  start_vetting: 'start-vetting',
  pool: 'pool',
  return: 'return',
  reject: 'reject',
  merge: 'merge',
} as const;
export type NeedCommand = keyof typeof NEED_COMMAND_PATHS;
export const isNeedCommand = (action: string): action is NeedCommand => Object.hasOwn(NEED_COMMAND_PATHS, action);

export interface NeedCommandInput {
  command: NeedCommand;
  reason?: string;
  opinion?: string;
  targetNeedId?: string;
}

export function useNeedCommand(need: Pick<Need, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ command, ...fields }: NeedCommandInput) => {
      const body = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));
      return api.post<Need>(`/api/needs/${enc(need.id)}/${NEED_COMMAND_PATHS[command]}`, { version: need.version, ...body });
    },
    onSuccess: async (view) => {
      queryClient.setQueryData(needKeys.detail(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['office', 'needs', 'pool'] });
      await queryClient.invalidateQueries({ queryKey: ['office', 'programmes', 'dashboard'] });
    },
  });
}
