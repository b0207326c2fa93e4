export { AttachmentsCard, type AttachmentsCardProps } from './attachments-card';
export { attachmentsKey, attachmentsPath, useAttachments, type Attachment, type AttachmentOwnerKind, type Attachments } from './api';
