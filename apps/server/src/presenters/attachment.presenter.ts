import { neutralFileName } from '@jiebang/domain';
import type { AttachmentMeta } from '../repositories/attachment.repository.ts';
import type { AttachmentOwner } from '../use-cases/attachment/load-attachment-owner.ts';

/**
 * A file's listing entry at `position` (1-based) in its list; `delete` is offered while its bid or need still
 * takes changes from this caller. A blind reviewer (盲评) sees 附件N.ext and no uploader.
 */
export function presentAttachment(owner: AttachmentOwner, row: AttachmentMeta, position: number) {
  return {
    id: row.id,
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    fileName: owner.identityHidden ? neutralFileName(position, row.file_name) : row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sm3: row.sm3,
    uploadedAt: row.created_at.toISOString(),
    uploaderName: owner.identityHidden ? null : row.uploader_name,
    downloadUrl: `/api/attachments/${row.id}/content`,
    actions: owner.mayChangeFiles ? ['delete'] : [],
  };
}

export function presentAttachments(owner: AttachmentOwner, rows: readonly AttachmentMeta[]) {
  return { items: rows.map((row, index) => presentAttachment(owner, row, index + 1)), actions: owner.mayChangeFiles ? ['upload'] : [] };
}

/**
 * Content-Disposition for a download: an ASCII fallback for old clients plus the exact UTF-8 name (RFC 5987
 * `filename*`), so 揭榜申报书.pdf arrives under its Chinese name.
 */
export function contentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '').trim();
  const stem = ascii(dot > 0 ? fileName.slice(0, dot) : fileName);
  const fallback = `${/[a-z0-9]/i.test(stem) ? stem : 'attachment'}${dot > 0 ? ascii(fileName.slice(dot)) : ''}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
