import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { assignmentsQueryKey } from '../api/list-assignments';
import type { AcceptInvitationInput, Assignment, DeclineInvitationInput, DefenceSchedule } from '../types';

const enc = encodeURIComponent;

/** Answers a panel invitation; the work list is reloaded, since accepting opens the panel's bids. */
function useAnswer<T>(answer: 'accept' | 'decline') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ panelId, body }: { panelId: string; body: T }) => api.post<Assignment>(`/api/panels/${enc(panelId)}/invitation/${answer}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}

export const useAcceptInvitation = () => useAnswer<AcceptInvitationInput>('accept');
export const useDeclineInvitation = () => useAnswer<DeclineInvitationInput>('decline');

/** The panel's defence schedule (答辩安排), for an expert who accepted the seat. */
export const useExpertDefences = (panelId: string, enabled: boolean) =>
  useQuery({ queryKey: ['reviews', 'defences', panelId], enabled, queryFn: ({ signal }) => api.get<DefenceSchedule>(`/api/panels/${enc(panelId)}/defences`, { signal }) });
