import type { AttachmentList, AttachmentView } from '@jiebang/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';
import { uploadFile } from '@/lib/upload';

export type Attachment = z.infer<typeof AttachmentView>;
export type Attachments = z.infer<typeof AttachmentList>;
export type AttachmentOwnerKind = Attachment['ownerKind'];

/** Where each owner's files live: /api/bids/:id/attachments, /api/needs/:id/attachments. */
const COLLECTION: Record<AttachmentOwnerKind, string> = { bid: 'bids', need: 'needs' };

export const attachmentsKey = (kind: AttachmentOwnerKind, ownerId: string) => ['attachments', kind, ownerId] as const;
export const attachmentsPath = (kind: AttachmentOwnerKind, ownerId: string) => `/api/${COLLECTION[kind]}/${encodeURIComponent(ownerId)}/attachments`;

export const useAttachments = (kind: AttachmentOwnerKind, ownerId: string | null) =>
  useQuery({
    queryKey: attachmentsKey(kind, ownerId ?? ''),
    queryFn: ({ signal }) => api.get<Attachments>(attachmentsPath(kind, ownerId ?? ''), { signal }),
    enabled: ownerId !== null,
  });

/** The raw file as the body, its name in the query string; progress in percent. */
export const uploadAttachment = (kind: AttachmentOwnerKind, ownerId: string, file: File, options: { onProgress?: (percent: number) => void; signal?: AbortSignal }) =>
  uploadFile<Attachment>(attachmentsPath(kind, ownerId), file, { query: { fileName: file.name }, onProgress: options.onProgress, signal: options.signal });

export function useDeleteAttachment(kind: AttachmentOwnerKind, ownerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete<void>(`/api/attachments/${encodeURIComponent(attachmentId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(kind, ownerId) }),
  });
}
