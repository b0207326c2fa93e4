import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateNoticeBody, RuleObjectionBody } from '@jiebang/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Notice, Objection } from '../types';
import { enc, evaluationKeys } from './keys';

export type NoticeInput = z.input<typeof CreateNoticeBody>;
export type RulingInput = Omit<z.input<typeof RuleObjectionBody>, 'version'>;

/** Every notice of this challenge, newest first, withdrawn ones included. */
export const useChallengeNotices = (challengeId: string) =>
  useQuery({ queryKey: evaluationKeys.notices(challengeId), queryFn: ({ signal }) => api.get<{ items: Notice[] }>('/api/notices', { query: { challengeId }, signal }) });

export const useObjections = (challengeId: string, noticeId: string, enabled: boolean) =>
  useQuery({
    queryKey: evaluationKeys.objections(challengeId, noticeId),
    enabled,
    queryFn: ({ signal }) => api.get<{ items: Objection[] }>(`/api/notices/${enc(noticeId)}/objections`, { signal }),
  });

function useRefresh(challengeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all(challengeId) });
}

export function usePublishNotice(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({ mutationFn: (input: NoticeInput) => api.post<Notice>(`/api/challenges/${enc(challengeId)}/notices`, input), onSuccess: refresh });
}

export function useRuleObjection(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({
    mutationFn: ({ objection, ruling }: { objection: Pick<Objection, 'id' | 'version'>; ruling: RulingInput }) => api.post<Objection>(`/api/objections/${enc(objection.id)}/rule`, { ...ruling, version: objection.version }),
    onSuccess: refresh,
  });
}

export function useCloseNotice(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({ mutationFn: (notice: Pick<Notice, 'id' | 'version'>) => api.post<Notice>(`/api/notices/${enc(notice.id)}/close`, { version: notice.version }), onSuccess: refresh });
}

export function useWithdrawNotice(challengeId: string) {
  const refresh = useRefresh(challengeId);
  return useMutation({
    mutationFn: ({ notice, reason }: { notice: Pick<Notice, 'id' | 'version'>; reason: string }) => api.post<Notice>(`/api/notices/${enc(notice.id)}/withdraw`, { version: notice.version, reason }),
    onSuccess: refresh,
  });
}
