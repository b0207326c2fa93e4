import { createHash } from 'node:crypto';
import { assertAttachmentUpload, assertBlindReviewFileType, type AttachmentOwnerKind } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { attachmentRepository } from '../../repositories/attachment.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadAttachmentOwner } from './load-attachment-owner.ts';

export interface UploadAttachmentInput {
  fileName: string;
  /** The request's Content-Type; the file name's extension decides what is stored. */
  declaredType: string;
  /** The raw request body (undefined when none was sent). */
  content: unknown;
}

/**
 * Files a document with a bid or need its author is still drafting. The SM3 digest (国密, the same hash as the
 * audit chain) is computed here and recorded in the audit event, so the trail proves which bytes were filed.
 */
export async function uploadAttachment(ctx: UseCaseContext, kind: AttachmentOwnerKind, ownerId: string, input: UploadAttachmentInput): Promise<string> {
  const actor = requireActor(ctx);
  const content = Buffer.isBuffer(input.content) ? input.content : Buffer.alloc(0);
  const fileName = input.fileName.trim();
  const contentType = assertAttachmentUpload({ fileName, declaredType: input.declaredType, sizeBytes: content.length });
  const sm3 = createHash('sm3').update(content).digest('hex');
  const id = ctx.deps.newId();
  await inTransaction(ctx.deps, async (trx) => {
    const owner = await loadAttachmentOwner(trx, ctx, kind, ownerId, true);
    assertBlindReviewFileType(fileName, owner.blindReview);
    await attachmentRepository.insert(trx, {
      id,
      tenant_id: owner.tenantId,
      owner_kind: kind,
      owner_id: ownerId,
      file_name: fileName,
      content_type: contentType,
      size_bytes: content.length,
      sm3,
      content,
      uploaded_by: actor.userId,
      created_at: ctx.deps.now(),
    });
    await audit(trx, ctx, { tenantId: owner.tenantId, type: `${kind}.attachment_added`, aggregateType: kind, aggregateId: ownerId, payload: { attachmentId: id, fileName, contentType, sizeBytes: content.length, sm3 } });
  });
  return id;
}
