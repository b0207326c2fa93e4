import type { AttachmentOwnerKind } from '@jiebang/domain';
import { attachmentRepository, type AttachmentMeta } from '../../repositories/attachment.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadAttachmentOwner, type AttachmentOwner } from './load-attachment-owner.ts';

/** The files of a bid or need, for whoever may read it (others get 404). */
export async function listAttachments(ctx: UseCaseContext, kind: AttachmentOwnerKind, ownerId: string): Promise<{ owner: AttachmentOwner; rows: AttachmentMeta[] }> {
  requireActor(ctx);
  const owner = await loadAttachmentOwner(ctx.deps.db, ctx, kind, ownerId);
  return { owner, rows: await attachmentRepository.listOf(ctx.deps.db, kind, ownerId) };
}
