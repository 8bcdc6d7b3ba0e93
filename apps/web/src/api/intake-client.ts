import type { ApiClient } from './client';
import type {
  DuplicatesView,
  ImportDetail,
  ImportList,
  ImportStarted,
  OrderSuggestions,
} from './intake-types';
import type { OrderActionResult } from './order-types';

/** Intake endpoints (imports, duplicates, suggestions) as functions over the one `ApiClient`. */

const path = (id: string) => encodeURIComponent(id);

// ── imports ─────────────────────────────────────────────────────────────────────────────────────────────────

export async function uploadImport(api: ApiClient, file: File): Promise<ImportStarted> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ImportStarted>('/imports', form);
}

export function listImports(api: ApiClient, signal?: AbortSignal): Promise<ImportList> {
  return api.get<ImportList>('/imports', { signal });
}

export function getImport(api: ApiClient, id: string, signal?: AbortSignal): Promise<ImportDetail> {
  return api.get<ImportDetail>(`/imports/${path(id)}`, { signal });
}

/** The per-row result report (CSV), saved by the browser under the server's file name. */
export function downloadImportReport(api: ApiClient, id: string): Promise<void> {
  return download(api, `/imports/${path(id)}/report.csv`, `导入结果-${id}.csv`);
}

/** The file as it was uploaded (kept for audit). */
export function downloadImportFile(api: ApiClient, id: string, fileName: string): Promise<void> {
  return download(api, `/imports/${path(id)}/file`, fileName);
}

// ── duplicates and suggestions ──────────────────────────────────────────────────────────────────────────────

export function getDuplicates(api: ApiClient, orderId: string, signal?: AbortSignal): Promise<DuplicatesView> {
  return api.get<DuplicatesView>(`/orders/${path(orderId)}/duplicates`, { signal });
}

/** `version` is the one the user saw: the merge goes through the state machine, so a newer order answers 409. */
export function mergeDuplicate(api: ApiClient, orderId: string, body: { version: number; masterId: string; note?: string }): Promise<OrderActionResult> {
  return api.post<OrderActionResult>(`/orders/${path(orderId)}/duplicates/merge`, body);
}

export function dismissDuplicate(api: ApiClient, orderId: string, reason: string): Promise<{ orderId: string; status: 'dismissed' }> {
  return api.post(`/orders/${path(orderId)}/duplicates/dismiss`, { reason });
}

export function getSuggestions(api: ApiClient, orderId: string, signal?: AbortSignal): Promise<OrderSuggestions> {
  return api.get<OrderSuggestions>(`/orders/${path(orderId)}/suggestions`, { signal });
}

// ── files ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The file endpoints need the bearer token, so a plain `<a href>` cannot fetch them: the answer is fetched, then
 * handed to the browser's save dialog through a temporary object URL.
 */
async function download(api: ApiClient, url: string, fallbackName: string): Promise<void> {
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
