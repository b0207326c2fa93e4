import { AttachmentList, AttachmentUploadQuery, AttachmentView, ErrorResponse, IdParams, errorResponses } from '@jiebang/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, type AttachmentOwnerKind } from '@jiebang/domain';
import { contentDisposition, presentAttachment, presentAttachments } from '../../presenters/attachment.presenter.ts';
import { deleteAttachment } from '../../use-cases/attachment/delete-attachment.ts';
import { listAttachments } from '../../use-cases/attachment/list-attachments.ts';
import { readAttachment } from '../../use-cases/attachment/read-attachment.ts';
import { uploadAttachment } from '../../use-cases/attachment/upload-attachment.ts';
import type { UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Attachments 附件'];
const OWNERS: readonly { kind: AttachmentOwnerKind; path: string; who: string }[] = [
  { kind: 'bid', path: '/api/bids/:id/attachments', who: 'lead organisation staff, while the bid is a draft or returned and open for submission' },
  { kind: 'need', path: '/api/needs/:id/attachments', who: 'the demander’s staff, while the need is a draft or returned' },
];

async function viewAttachment(ctx: UseCaseContext, kind: AttachmentOwnerKind, ownerId: string, id: string) {
  const { owner, rows } = await listAttachments(ctx, kind, ownerId);
  const index = rows.findIndex((candidate) => candidate.id === id);
  if (index < 0) throw new Error(`attachment ${id} vanished after its upload`);
  return presentAttachment(owner, rows[index]!, index + 1);
}

/**
 * Files of bids and needs. An upload's body is the raw file (any content type, read as a buffer up to 20 MB);
 * the parser lives in this plugin's own scope, so every other route still takes JSON only.
 */
export function registerAttachmentRoutes(app: RouteServer, r: RouteDeps) {
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_request, body, done) => done(null, body));

    for (const owner of OWNERS) {
      scope.post(
        owner.path,
        {
          bodyLimit: ATTACHMENT_MAX_BYTES,
          schema: {
            tags,
            summary: `Upload a file to the ${owner.kind} (${owner.who}); the body is the raw file (application/octet-stream or its type), at most 20 MB`,
            params: IdParams,
            querystring: AttachmentUploadQuery,
            response: { 201: AttachmentView, ...errorResponses, 413: ErrorResponse },
          },
        },
        async (request, reply) => {
          const ctx = r.context(request);
          const id = await uploadAttachment(ctx, owner.kind, request.params.id, { fileName: request.query.fileName, declaredType: request.headers['content-type'] ?? '', content: request.body });
          return reply.status(201).send(await viewAttachment(ctx, owner.kind, request.params.id, id));
        },
      );

      scope.get(owner.path, { schema: { tags, summary: `Files of the ${owner.kind}, for whoever may read it (others get 404)`, params: IdParams, response: { 200: AttachmentList, ...errorResponses } } }, async (request) => {
        const ctx = r.context(request);
        const { owner: loaded, rows } = await listAttachments(ctx, owner.kind, request.params.id);
        return presentAttachments(loaded, rows);
      });
    }

    scope.get('/api/attachments/:id/content', { schema: { tags, summary: 'Download a file (Content-Disposition with its UTF-8 name; X-Content-SM3 its digest), for whoever may read its bid or need', params: IdParams, response: { 200: z.any().describe('The file’s bytes, as uploaded'), ...errorResponses } } }, async (request, reply) => {
      const ctx = r.context(request);
      const { attachment, content, fileName, sm3 } = await readAttachment(ctx, request.params.id);
      return reply
        .header('content-type', attachment.content_type)
        .header('content-disposition', contentDisposition(fileName))
        .header('x-content-sm3', sm3)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    });

    scope.delete('/api/attachments/:id', { schema: { tags, summary: 'Remove a file from a bid or need still being drafted (its author’s staff)', params: IdParams, response: { 204: z.null(), ...errorResponses } } }, async (request, reply) => {
      const ctx = r.context(request);
      await deleteAttachment(ctx, request.params.id);
      return reply.status(204).send(null);
    });
  });
}
