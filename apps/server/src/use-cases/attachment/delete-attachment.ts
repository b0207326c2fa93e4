import { inTransaction } from '../../infra/transaction.ts';
import { attachmentRepository } from '../../repositories/attachment.repository.ts';
import { audit, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadAttachmentOwner } from './load-attachment-owner.ts';

/** Removes a file from a bid or need still being drafted, by its author's staff; the trail keeps its name and digest. */
export async function deleteAttachment(ctx: UseCaseContext, attachmentId: string): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const attachment = await attachmentRepository.findMeta(trx, attachmentId);
    if (!attachment) throw notFound('attachment', attachmentId);
    const owner = await loadAttachmentOwner(trx, ctx, attachment.owner_kind, attachment.owner_id, true);
    await attachmentRepository.delete(trx, attachment.id);
    await audit(trx, ctx, {
      tenantId: owner.tenantId,
      type: `${owner.kind}.attachment_removed`,
      aggregateType: owner.kind,
      aggregateId: owner.id,
      payload: { attachmentId: attachment.id, fileName: attachment.file_name, sizeBytes: attachment.size_bytes, sm3: attachment.sm3 },
    });
  });
}
