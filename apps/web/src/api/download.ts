import type { ApiClient } from './client';

/**
 * The file endpoints need the bearer token, so a plain `<a href>` cannot fetch them: the answer is fetched, then
 * handed to the browser's save dialog through a temporary object URL.
 */
export async function download(api: ApiClient, url: string, fallbackName: string): Promise<void> {
  const response = await api.requestRaw('GET', url);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some browsers read the URL after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** `attachment; filename*=UTF-8''%E5%AF%BC...` → 导入结果-….csv */
function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Malformed: fall back to the plain name or the caller's.
    }
  }
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? null;
}
