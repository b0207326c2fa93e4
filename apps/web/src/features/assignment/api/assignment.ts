import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { AssignmentBoard, AssignmentRun, PanelAssignment, PoolExpert, ReplayResult, RunRequest } from '../types';

const enc = encodeURIComponent;

export const assignmentKeys = {
  board: (programmeId: string) => ['assignment', 'board', programmeId] as const,
  run: (runId: string) => ['assignment', 'run', runId] as const,
  panel: (challengeId: string) => ['assignment', 'panel', challengeId] as const,
};

export const useAssignmentBoard = (programmeId: string) =>
  useQuery({ queryKey: assignmentKeys.board(programmeId), queryFn: ({ signal }) => api.get<AssignmentBoard>(`/api/programmes/${enc(programmeId)}/assignment-runs`, { signal }) });

export const useAssignmentRun = (runId: string | null) =>
  useQuery({ queryKey: assignmentKeys.run(runId ?? ''), enabled: runId !== null, queryFn: ({ signal }) => api.get<AssignmentRun>(`/api/assignment-runs/${enc(runId ?? '')}`, { signal }) });

/** Runs the assignment; the new run is cached at once and the board (challenges, history) refreshed. */
export function useRunAssignment(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunRequest) => api.post<AssignmentRun>(`/api/programmes/${enc(programmeId)}/assignment-runs`, body),
    onSuccess: async (run) => {
      queryClient.setQueryData(assignmentKeys.run(run.id), run);
      await queryClient.invalidateQueries({ queryKey: assignmentKeys.board(programmeId) });
    },
  });
}

export type RunStep = 'apply' | 'discard';

export function useRunStep(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ run, step }: { run: Pick<AssignmentRun, 'id'>; step: RunStep }) => api.post<AssignmentRun>(`/api/assignment-runs/${enc(run.id)}/${step}`, {}),
    onSuccess: async (run) => {
      queryClient.setQueryData(assignmentKeys.run(run.id), run);
      await queryClient.invalidateQueries({ queryKey: assignmentKeys.board(programmeId) });
    },
  });
}

export const useReplayRun = () => useMutation({ mutationFn: (runId: string) => api.post<ReplayResult>(`/api/assignment-runs/${enc(runId)}/replay`, {}) });

/** How the challenge's panel was assigned; `null` while it has no panel (the API answers 404). */
export const usePanelAssignment = (challengeId: string) =>
  useQuery({
    queryKey: assignmentKeys.panel(challengeId),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<PanelAssignment>(`/api/challenges/${enc(challengeId)}/panel-assignment`, { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

/**
 * A seat change also changes the review board's own panel view (an evaluation query): both are refreshed. The
 * key is the evaluation feature's query-key prefix, named here because features do not import each other.
 */
function useRefreshPanel(challengeId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: assignmentKeys.panel(challengeId) }), queryClient.invalidateQueries({ queryKey: ['evaluation', challengeId] })]);
}

export function useReplaceSeat(challengeId: string) {
  const refresh = useRefreshPanel(challengeId);
  return useMutation({
    mutationFn: ({ panel, expertUserId }: { panel: Pick<PanelAssignment, 'panelId' | 'version'>; expertUserId: string }) =>
      api.post<PanelAssignment>(`/api/panels/${enc(panel.panelId)}/members/${enc(expertUserId)}/replace`, { version: panel.version }),
    onSuccess: refresh,
  });
}

/** Active experts of the pools the officer may draw from, to add one by override (the first 100). */
export const usePoolExperts = () =>
  useQuery({ queryKey: ['assignment', 'pool'], queryFn: ({ signal }) => api.get<{ items: PoolExpert[] }>('/api/experts', { query: { status: 'active', pageSize: 100 }, signal }) });

export interface OverrideRequest {
  add?: { expertUserId: string; panelRole: 'technical' | 'industry' | 'finance' | 'legal' };
  remove?: { expertUserId: string };
  reason: string;
}

export function useOverride(challengeId: string) {
  const refresh = useRefreshPanel(challengeId);
  return useMutation({
    mutationFn: ({ panel, ...body }: OverrideRequest & { panel: Pick<PanelAssignment, 'panelId' | 'version'> }) => api.post<PanelAssignment>(`/api/panels/${enc(panel.panelId)}/overrides`, { ...body, version: panel.version }),
    onSuccess: refresh,
  });
}
