import type { Response } from 'express';
import { contentDisposition } from './content-disposition.js';

/**
 * A stored file as a download: its checked type, never sniffed by the browser (a text file rendered as HTML), and
 * never cached (files may hold personal data).
 */
export function sendFile(res: Response, file: { fileName: string; contentType: string; data: Buffer }): void {
  res.set({
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  res.send(file.data);
}
