import type { ApiClient } from './client';
import { download } from './download';
import type {
  ClassifyPreview,
  ClassifyPreviewBody,
  DuplicateCheckBody,
  DuplicateCheckResult,
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

// ── while the operator types (issue 10) ────────────────────────────────────────────────────────────────────

/** Community, category and unit suggestions for what the form holds so far, each with its reason. */
export function previewClassification(api: ApiClient, body: ClassifyPreviewBody, signal?: AbortSignal): Promise<ClassifyPreview> {
  return api.post<ClassifyPreview>('/intake/classify', body, { signal });
}

/** Existing orders the call may repeat, before it is submitted (reads only). */
export function checkDuplicates(api: ApiClient, body: DuplicateCheckBody, signal?: AbortSignal): Promise<DuplicateCheckResult> {
  return api.post<DuplicateCheckResult>('/intake/duplicates/check', body, { signal });
}
