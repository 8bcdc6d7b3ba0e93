/**
 * `attachment` with an ASCII fallback name and the UTF-8 name in RFC 5987 `filename*`, so 中文文件名 survive in
 * every browser and no quote or control character from a user's file name reaches the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_') || 'attachment';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
