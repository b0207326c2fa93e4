import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { Expert, Panel, PanelRole } from '../types';
import { enc, evaluationKeys } from './keys';

/** The challenge's panel; `null` when none is formed yet (the API answers 404). */
export const usePanel = (challengeId: string) =>
  useQuery({
    queryKey: evaluationKeys.panel(challengeId),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Panel>(`/api/challenges/${enc(challengeId)}/panel`, { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

/** The active experts of the pools the officer may draw from (专家库), for picking panel members by hand. */
export const useExpertPool = (enabled: boolean) =>
  useQuery({ queryKey: evaluationKeys.experts, enabled, queryFn: ({ signal }) => api.get<{ items: Expert[] }>('/api/experts?status=active&pageSize=100', { signal }) });

function useRefresh(challengeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all(challengeId) });
}

export function useFormPanel(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({ mutationFn: () => api.post<Panel>(`/api/challenges/${enc(challengeId)}/panel`, {}), onSuccess: refresh });
}

export function useAddPanelMember(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({
    mutationFn: ({ panel, expertUserId, panelRole }: { panel: Pick<Panel, 'id' | 'version'>; expertUserId: string; panelRole: PanelRole }) =>
      api.post<Panel>(`/api/panels/${enc(panel.id)}/members`, { expertUserId, panelRole, version: panel.version }),
    onSuccess: refresh,
  });
}

export function useRemovePanelMember(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({
    mutationFn: ({ panelId, expertUserId }: { panelId: string; expertUserId: string }) => api.delete<Panel>(`/api/panels/${enc(panelId)}/members/${enc(expertUserId)}`),
    onSuccess: refresh,
  });
}

export type PanelStep = 'open_scoring' | 'close_scoring';

export function usePanelStep(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({
    mutationFn: ({ panel, step }: { panel: Pick<Panel, 'id' | 'version'>; step: PanelStep }) => api.post<Panel>(`/api/panels/${enc(panel.id)}/${step.replace('_', '-')}`, { version: panel.version }),
    onSuccess: refresh,
  });
}
