import { z } from 'zod';
import { attachmentNameProblem } from '@jiebang/domain';
import { Actions, Timestamp } from './common.ts';

/** `?fileName=` of an upload: the body is the raw file, so its name travels in the query string. */
export const AttachmentUploadQuery = z.object({
  fileName: z
    .string()
    .superRefine((name, issue) => {
      const problem = attachmentNameProblem(name);
      if (problem) issue.addIssue({ code: 'custom', message: problem });
    })
    .describe('The file name shown to readers, e.g. 揭榜申报书.pdf; allowed types: pdf, doc(x), xls(x), ppt(x), png, jpg, zip, txt'),
});

export const AttachmentView = z
  .object({
    id: z.uuid(),
    ownerKind: z.enum(['bid', 'need']),
    ownerId: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int().describe('Size in bytes (at most 20 MB)'),
    sm3: z.string().describe('SM3 digest (GB/T 32905) of the content, lower-case hex: check a download against it'),
    uploadedAt: Timestamp,
    uploaderName: z.string().nullable(),
    downloadUrl: z.string().describe('GET this for the content'),
    actions: Actions.describe('delete'),
  })
  .meta({ id: 'Attachment' });

export const AttachmentList = z
  .object({
    items: z.array(AttachmentView),
    actions: Actions.describe('upload, when you may add files now'),
  })
  .meta({ id: 'AttachmentList' });
