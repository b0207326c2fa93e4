import type { AttachmentOwnerKind } from '@jiebang/domain';
import type { NewRow } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

/** Everything of an attachment but its bytes: listings never read the files themselves. */
const META = ['attachment.id', 'attachment.tenant_id', 'attachment.owner_kind', 'attachment.owner_id', 'attachment.file_name', 'attachment.content_type', 'attachment.size_bytes', 'attachment.sm3', 'attachment.uploaded_by', 'attachment.created_at'] as const;

/** Data access for attachments. Only moves rows; rules live in the domain and the use cases. */
export const attachmentRepository = {
  findMeta: (db: DbOrTx, id: string) => db.selectFrom('attachment').select(META).where('id', '=', id).executeTakeFirst(),

  findContent: (db: DbOrTx, id: string) => db.selectFrom('attachment').select(['content']).where('id', '=', id).executeTakeFirst(),

  listOf: (db: DbOrTx, ownerKind: AttachmentOwnerKind, ownerId: string) =>
    db
      .selectFrom('attachment')
      .leftJoin('app_user', 'app_user.id', 'attachment.uploaded_by')
      .select([...META, 'app_user.display_name as uploader_name'])
      .where('attachment.owner_kind', '=', ownerKind)
      .where('attachment.owner_id', '=', ownerId)
      .orderBy('attachment.created_at')
      .orderBy('attachment.id')
      .execute(),

  insert: (db: DbOrTx, row: NewRow<'attachment'>) => db.insertInto('attachment').values(row).execute(),

  delete: (db: DbOrTx, id: string) => db.deleteFrom('attachment').where('id', '=', id).execute(),
};

export type AttachmentMeta = Awaited<ReturnType<typeof attachmentRepository.listOf>>[number];
