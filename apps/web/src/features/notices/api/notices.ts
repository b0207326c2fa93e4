import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Notice, ObjectionInput, ObjectionReceipt } from '../types';

const enc = encodeURIComponent;

export const noticeKeys = {
  board: ['notices', 'board'] as const,
  detail: (id: string) => ['notices', 'detail', id] as const,
};

/** 公示公告: open notices and those closed in the last 30 days; public, no session needed. */
export const useNotices = () => useQuery({ queryKey: noticeKeys.board, queryFn: ({ signal }) => api.get<{ items: Notice[] }>('/api/notices', { signal }) });

export const useNotice = (id: string) => useQuery({ queryKey: noticeKeys.detail(id), queryFn: ({ signal }) => api.get<Notice>(`/api/notices/${enc(id)}`, { signal }) });

/** 异议: anyone may file one while the period runs; the count on the notice changes, so it is read again. */
export function useFileObjection(noticeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ObjectionInput) => api.post<ObjectionReceipt>(`/api/notices/${enc(noticeId)}/objections`, input),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: noticeKeys.detail(noticeId) });
      await queryClient.invalidateQueries({ queryKey: noticeKeys.board });
    },
  });
}
