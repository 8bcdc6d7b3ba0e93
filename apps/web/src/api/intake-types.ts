/**
 * Intake shapes as the api sends them: platform-export imports (libs/intake/src/import/import-queries.ts),
 * suspected duplicates (duplicates/order-duplicates.use-case.ts), classification suggestions
 * (classify/suggestion-view.ts), and who is on duty now (libs/rostering/src/duty-roster.service.ts).
 */
import type { OrderStatus } from '@app/orders/domain/order-status';

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';
export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'error';

/** `POST /api/imports` (202): the file is kept and the job queued; rows are counted by the job. */
export interface ImportStarted {
  id: string;
  status: ImportStatus;
  fileName: string;
}

/** `GET /api/imports` items, newest first. */
export interface ImportSummary {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: ImportStatus;
  total: number | null;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  uploadedAt: string;
  uploadedBy: string | null;
  finishedAt: string | null;
}

export interface ImportList {
  items: ImportSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ImportCellError {
  /** The platform's column header, e.g. 工单编号. */
  column: string;
  message: string;
}

/** One spreadsheet row that was not imported; `row` is the number the user sees in Excel (header = 1). */
export interface ImportErrorRow {
  row: number;
  upstreamNo: string | null;
  errors: ImportCellError[];
}

/** `GET /api/imports/:id`. */
export interface ImportDetail {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  fileSize: number;
  encoding: string | null;
  status: ImportStatus;
  /** Data rows in the file; null until the job has counted them. */
  total: number | null;
  processed: number;
  counts: { created: number; updated: number; unchanged: number; errors: number };
  /** Why the whole file was refused (missing columns, too many rows), when `status` is failed. */
  error: { code: string; message: string } | null;
  uploadedAt: string;
  uploadedBy: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  errors: ImportErrorRow[];
}

/** The rules of libs/intake/src/duplicates/duplicate-rules.ts, and the two codes stored before them. */
export type DuplicateReason = 'same_phone_7d' | 'same_place_similar' | 'same_phone_similar_30d' | 'same_phone' | 'same_address_category';

/** A candidate as duplicates/candidate-views.ts shows it: the order as it is now, name and phone always masked. */
export interface DuplicateCandidate {
  orderId: string;
  upstreamNo: string | null;
  status: OrderStatus;
  statusLabel: string;
  receivedAt: string;
  /** Content similarity 0–1 (pg_trgm formula). */
  score: number;
  reasons: DuplicateReason[];
  reasonLabels: string[];
  address: string | null;
  category: string | null;
  /** The start of the content (60 characters, then …). */
  contentExcerpt: string;
  citizenName: string | null;
  citizenPhone: string | null;
}

/** `POST /api/intake/duplicates/check`: what the intake form has typed so far (all optional, at least one). */
export interface DuplicateCheckBody {
  citizenPhone?: string;
  address?: string;
  content?: string;
  category?: string;
  receivedAt?: string;
}

export interface DuplicateCheckResult {
  suspected: boolean;
  method: string;
  candidates: DuplicateCandidate[];
}

/** `GET /api/orders/:id/duplicates`. */
export interface DuplicatesView {
  orderId: string;
  /** True while the suspicion waits for the operator's answer. */
  suspected: boolean;
  status: 'suspected' | 'merged' | 'dismissed' | null;
  method: string | null;
  foundAt: string | null;
  resolution: { masterId?: string; note?: string | null; reason?: string } | null;
  candidates: DuplicateCandidate[];
  /** For a master: the orders merged into it. */
  mergedDuplicates: { id: string; upstreamNo: string | null; receivedAt: string }[];
  duplicateOfId: string | null;
}

/** Each suggestion carries its reason in words (which gazetteer entry, keyword, routing rule). */
export interface CommunitySuggestion {
  communityId: string;
  communityName: string;
  entry: string;
  reason: string;
}

export interface CategorySuggestion {
  category: string;
  keywords: string[];
  reason: string;
}

export interface UnitSuggestion {
  unitId: string | null;
  unitName: string | null;
  rule: string;
  reason: string;
  /** Set when an operator chose another unit against the suggestion. */
  override?: { unitId: string; unitName: string; reason: string | null };
}

/** `POST /api/intake/classify`: the form's address and content (and category, which the unit follows). */
export interface ClassifyPreviewBody {
  address: string;
  content?: string;
  category?: string;
}

/** Its answer (classify/suggestion-view.ts): each part null when nothing matched. */
export interface ClassifyPreview {
  community: CommunitySuggestion | null;
  category: CategorySuggestion | null;
  unit: (UnitSuggestion & { coUnits: { id: string; name: string }[] }) | null;
}

/** `GET /api/orders/:id/suggestions`; `suggestions` is null for orders entered before intake kept them. */
export interface OrderSuggestions {
  orderId: string;
  communityId: string | null;
  category: string | null;
  suggestions: {
    community: CommunitySuggestion | null;
    category: CategorySuggestion | null;
    unit: UnitSuggestion | null;
  } | null;
}
