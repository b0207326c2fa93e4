import { DomainError, invalidField, ruleViolation } from '../shared/domain-error.ts';

/**
 * Files attached to a bid (申报材料: 申报书, 承诺书扫描件, 合作协议…) or a need. The rules are the platform's, not a
 * programme's: every bidder is told the same limits.
 */
export const ATTACHMENT_OWNER_KINDS = ['bid', 'need'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_NAME_MAX = 200;

/**
 * Allowed file types by extension, each with the content types a browser or client may declare for it. The
 * extension decides what is stored, so a file is served back with the type its name promises.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  pdf: ['application/pdf'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ppt: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  zip: ['application/zip', 'application/x-zip-compressed'],
  txt: ['text/plain'],
};

/** Content types that say nothing about the file: the extension alone decides. */
const GENERIC_TYPES = ['', 'application/octet-stream', 'binary/octet-stream'];

// Path separators would let a name climb out of a download folder; control characters break headers and listings.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARACTERS = /[/\\\u0000-\u001f\u007f]/;

/** Why a file name is refused, or null when it is fine. */
export function attachmentNameProblem(fileName: string): string | null {
  const name = fileName.trim();
  if (name === '') return 'is required';
  if (name.length > ATTACHMENT_NAME_MAX) return `must be at most ${ATTACHMENT_NAME_MAX} characters`;
  if (FORBIDDEN_NAME_CHARACTERS.test(name)) return 'must not contain path separators or control characters';
  if (name === '.' || name === '..') return 'is not a file name';
  return null;
}

export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
};

/**
 * Checks an uploaded file and answers the content type to store. Throws 400 naming the field at fault
 * (`querystring.fileName`, `headers.content-type`, `body`) or 413 for a file over the limit.
 */
export function assertAttachmentUpload(input: { fileName: string; declaredType: string; sizeBytes: number }): string {
  const nameProblem = attachmentNameProblem(input.fileName);
  if (nameProblem) throw invalidField('querystring.fileName', nameProblem);
  const allowed = ATTACHMENT_TYPES[extensionOf(input.fileName)];
  if (!allowed) throw invalidField('querystring.fileName', `file type not allowed; allowed: ${Object.keys(ATTACHMENT_TYPES).join(', ')}`);
  const declared = (input.declaredType.split(';')[0] ?? '').trim().toLowerCase();
  if (!GENERIC_TYPES.includes(declared) && !allowed.includes(declared)) throw invalidField('headers.content-type', `${declared} does not match the file name; send ${allowed[0]} or application/octet-stream`);
  if (input.sizeBytes <= 0) throw invalidField('body', 'the file is empty');
  if (input.sizeBytes > ATTACHMENT_MAX_BYTES) throw attachmentTooLarge();
  return allowed[0] as string;
}

export const attachmentTooLarge = (): DomainError =>
  new DomainError('PAYLOAD_TOO_LARGE', `The file exceeds the ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB limit`, { issues: [{ path: 'body', message: `must be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB` }] });

/**
 * Files belong to what is being drafted: once the bid or need went in (submitted, under review…), its files are
 * the record of what was filed and no longer change (409), just like its text.
 */
export function assertOwnerAcceptsFiles(kind: AttachmentOwnerKind, status: string): void {
  if (status === 'draft' || status === 'returned') return;
  throw ruleViolation(`${kind}.attachments_frozen`, `The ${kind} is ${status}; files may be added or removed only while it is a draft or returned for revision`);
}
