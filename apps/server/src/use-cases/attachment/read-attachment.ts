import { createHash } from 'node:crypto';
import { BLIND_REVIEW_REFUSED_TYPES, extensionOf, neutralFileName, ruleViolation } from '@jiebang/domain';
import { scrubDocumentMetadata } from '../../infra/document-metadata.ts';
import { attachmentRepository } from '../../repositories/attachment.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadAttachmentOwner } from './load-attachment-owner.ts';

/**
 * One file's bytes, for whoever may read its bid or need: the same rule as reading the bid or need itself (a
 * conflicted expert gets 403 there). A panel expert in a blind review (盲评) gets a copy under a neutral name
 * (附件2.pdf, by its place in the list) with the document's authoring metadata removed; `sm3` is then the digest
 * of the copy served, not of the file filed.
 */
export async function readAttachment(ctx: UseCaseContext, attachmentId: string) {
  requireActor(ctx);
  const db = ctx.deps.db;
  const attachment = await attachmentRepository.findMeta(db, attachmentId);
  if (!attachment) throw notFound('attachment', attachmentId);
  const owner = await loadAttachmentOwner(db, ctx, attachment.owner_kind, attachment.owner_id);
  const stored = await attachmentRepository.findContent(db, attachmentId);
  if (!stored) throw notFound('attachment', attachmentId);
  if (!owner.identityHidden) return { attachment, content: stored.content, fileName: attachment.file_name, sm3: attachment.sm3 };

  const extension = extensionOf(attachment.file_name);
  const scrubbed = BLIND_REVIEW_REFUSED_TYPES.includes(extension) ? null : await scrubDocumentMetadata(stored.content, extension);
  if (!scrubbed) throw ruleViolation('attachment.not_blind_safe', 'This file cannot be handed out in a blind review (盲评) without its author; ask the programme office for a cleaned copy');
  const siblings = await attachmentRepository.listOf(db, attachment.owner_kind, attachment.owner_id);
  const position = siblings.findIndex((sibling) => sibling.id === attachment.id) + 1;
  const content = Buffer.from(scrubbed);
  return { attachment, content, fileName: neutralFileName(position, attachment.file_name), sm3: createHash('sm3').update(content).digest('hex') };
}
