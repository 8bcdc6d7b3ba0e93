export * from './attachments.module.js';
export { ATTACHMENT_KINDS, sniffFileType, type AttachmentKind } from './domain/sniff-file-type.js';
export type { AttachmentInfo } from './use-cases/upload-attachment.use-case.js';
export { sendFile } from './api/send-file.js';
