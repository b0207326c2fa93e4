import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Dayjs } from 'dayjs';
import { DISPLAY_TIME_ZONE, dayjs } from '@/lib/dates';
import { enc, evaluationKeys } from '../api/keys';
import type { DefenceSchedule, DefenceSlot, RecordDefenceOutcomeInput, ScheduleDefencesInput, UpdateDefenceSlotInput } from './types';

/** The wall-clock time picked on screen, read as Beijing time, as the instant the API expects. */
export const beijingInstant = (picked: Dayjs): string => dayjs.tz(picked.format('YYYY-MM-DD HH:mm'), DISPLAY_TIME_ZONE).toISOString();

const defencesKey = (challengeId: string, panelId: string) => [...evaluationKeys.all(challengeId), 'defences', panelId] as const;

export const useDefences = (challengeId: string, panelId: string | undefined) =>
  useQuery({ queryKey: defencesKey(challengeId, panelId ?? ''), enabled: Boolean(panelId), queryFn: ({ signal }) => api.get<DefenceSchedule>(`/api/panels/${enc(panelId ?? '')}/defences`, { signal }) });

function useRefresh(challengeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all(challengeId) });
}

export function useScheduleDefences(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({ mutationFn: ({ panelId, body }: { panelId: string; body: ScheduleDefencesInput }) => api.post<DefenceSchedule>(`/api/panels/${enc(panelId)}/defences`, body), onSuccess: refresh });
}

export function useUpdateDefenceSlot(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({ mutationFn: ({ slot, body }: { slot: Pick<DefenceSlot, 'id' | 'version'>; body: UpdateDefenceSlotInput }) => api.patch<DefenceSlot>(`/api/defence-slots/${enc(slot.id)}`, { ...body, version: slot.version }), onSuccess: refresh });
}

export function useRecordDefenceOutcome(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({
    mutationFn: ({ slot, body }: { slot: Pick<DefenceSlot, 'id' | 'version'>; body: RecordDefenceOutcomeInput }) => api.post<DefenceSlot>(`/api/defence-slots/${enc(slot.id)}/outcome`, { ...body, version: slot.version }),
    onSuccess: refresh,
  });
}
