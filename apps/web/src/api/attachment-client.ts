import type { ApiClient } from './client';
import { download } from './download';

/** `POST /api/attachments`: the id goes into a reply's `attachmentIds` or a request's `evidenceIds`. */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** One file on the order page (`GET /api/orders/:id` → `attachments`). */
export interface OrderAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export function uploadAttachment(api: ApiClient, file: File): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<UploadedAttachment>('/attachments', form);
}

export function downloadAttachment(api: ApiClient, attachment: Pick<OrderAttachment, 'id' | 'fileName'>): Promise<void> {
  return download(api, `/attachments/${encodeURIComponent(attachment.id)}`, attachment.fileName);
}
