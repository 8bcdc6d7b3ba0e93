/** The file kinds accepted as attachments or evidence, with the names they may carry (DESIGN §2, §3). */
export const ATTACHMENT_KINDS = {
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  webp: { contentType: 'image/webp', extensions: ['webp'] },
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  txt: { contentType: 'text/plain; charset=utf-8', extensions: ['txt'] },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

export const ACCEPTED_EXTENSIONS = Object.values(ATTACHMENT_KINDS).flatMap((k) => k.extensions.map((e) => `.${e}`));

const startsWith = (data: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * What the bytes are, whatever the name says: a browser's or a client's content type is not evidence, and a
 * renamed executable must not be served back to a colleague as an image. Office files are ZIPs; their part names
 * (stored uncompressed in the local headers) tell a Word document from a workbook. Text must be valid UTF-8
 * without control bytes other than whitespace.
 */
export function sniffFileType(data: Buffer): AttachmentKind | null {
  if (data.length === 0) return null;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(data, ascii('%PDF-'))) return 'pdf';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const names = data.toString('latin1');
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return null;
  }
  return isPlainText(data) ? 'txt' : null;
}

function isPlainText(data: Buffer): boolean {
  for (const byte of data) {
    // NUL and other C0 controls (except tab, LF, FF, CR) mark binary content.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** The lower-case extension of a file name without the dot, or '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}
