import { attachmentRepository } from '../../repositories/attachment.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadAttachmentOwner } from './load-attachment-owner.ts';

/** One file's bytes, for whoever may read its bid or need: the same rule as reading the bid or need itself. */
export async function readAttachment(ctx: UseCaseContext, attachmentId: string) {
  requireActor(ctx);
  const attachment = await attachmentRepository.findMeta(ctx.deps.db, attachmentId);
  if (!attachment) throw notFound('attachment', attachmentId);
  await loadAttachmentOwner(ctx.deps.db, ctx, attachment.owner_kind, attachment.owner_id);
  const stored = await attachmentRepository.findContent(ctx.deps.db, attachmentId);
  if (!stored) throw notFound('attachment', attachmentId);
  return { attachment, content: stored.content };
}
