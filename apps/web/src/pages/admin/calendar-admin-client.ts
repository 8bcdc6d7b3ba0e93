import type { ApiClient } from '../../api/client';

export type HolidayKind = 'holiday' | 'workday';

export interface HolidayEntry {
  date: string;
  kind: HolidayKind;
  name: string;
}

/** `GET /api/admin/holidays?year=` (libs/deadlines HolidayYearView). */
export interface HolidayYear {
  year: number;
  /** The year's schedule is loaded; when false its deadlines are provisional (Monday–Friday). */
  known: boolean;
  knownSource: 'chinese-days' | 'admin' | null;
  loadedAt: string | null;
  entries: (HolidayEntry & { source: 'chinese-days' | 'admin' })[];
}

export interface HolidayTableProblem {
  /** Data rows from 1 (the CSV header is not a row); null: the whole text. */
  row: number | null;
  column: 'date' | 'kind' | 'name' | null;
  message: string;
}

/** `POST /api/admin/holidays/:year/preview`: nothing is saved. */
export interface HolidayYearPreview {
  year: number;
  format: 'csv' | 'json';
  entries: HolidayEntry[];
  problems: HolidayTableProblem[];
  current: Pick<HolidayYear, 'known' | 'knownSource' | 'loadedAt'>;
  changes: { added: HolidayEntry[]; removed: HolidayEntry[]; changed: { date: string; before: HolidayEntry; after: HolidayEntry }[]; unchanged: number } | null;
  provisional: { clocks: number; orders: number };
}

export type DurationUnit = 'minutes' | 'hours' | 'workingDays';
export interface PolicyDuration {
  unit: DurationUnit;
  amount: number;
}
export const POLICY_FIELDS = ['signWithin', 'contactWithin', 'unitReplyBuffer', 'unitReplyWithoutUpstream', 'reviewWithin'] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];
export type DeadlinePolicyRow = { type: string; urgency: string } & Record<PolicyField, PolicyDuration>;

/** `GET /api/admin/deadline-policies` (libs/deadlines DeadlinePolicyView). */
export interface DeadlinePolicyTable {
  rows: DeadlinePolicyRow[];
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
}

/** `year` null: the server's current year. */
export const holidayYear = (api: ApiClient, year: number | null, signal?: AbortSignal) =>
  api.get<HolidayYear>(`/admin/holidays${year === null ? '' : `?year=${year}`}`, { signal });
export const previewHolidayYear = (api: ApiClient, year: number, text: string) =>
  api.post<HolidayYearPreview>(`/admin/holidays/${year}/preview`, { text });
export const saveHolidayYear = (api: ApiClient, year: number, entries: readonly HolidayEntry[]) =>
  api.request<HolidayYear>('PUT', `/admin/holidays/${year}`, { body: { entries, markLoaded: true } });
export const deadlinePolicies = (api: ApiClient, signal?: AbortSignal) => api.get<DeadlinePolicyTable>('/admin/deadline-policies', { signal });
export const saveDeadlinePolicies = (api: ApiClient, rows: readonly DeadlinePolicyRow[]) =>
  api.request<DeadlinePolicyTable>('PUT', '/admin/deadline-policies', { body: { rows } });

export const OVERRIDE_FIELDS = ['signWithin', 'contactWithin', 'unitReplyWithin', 'reviewWithin'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
/** A category's exception to the table (libs/deadlines StoredCategoryOverride): null type/urgency is 全部, a null clock keeps the table's. */
export type CategoryOverrideRule = { categoryPrefix: string; type: string | null; urgency: string | null } & Record<OverrideField, PolicyDuration | null>;
export type CategoryOverride = CategoryOverrideRule & { id: string; version: number; updatedAt: string };

const override = (id: string) => `/admin/deadline-policies/overrides/${encodeURIComponent(id)}`;
export const categoryOverrides = (api: ApiClient, signal?: AbortSignal) =>
  api.get<{ items: CategoryOverride[]; total: number }>('/admin/deadline-policies/overrides', { signal });
export const createCategoryOverride = (api: ApiClient, rule: CategoryOverrideRule) => api.post<CategoryOverride>('/admin/deadline-policies/overrides', rule);
export const updateCategoryOverride = (api: ApiClient, id: string, version: number, rule: CategoryOverrideRule) =>
  api.request<CategoryOverride>('PATCH', override(id), { body: { ...rule, version } });
export const deleteCategoryOverride = (api: ApiClient, id: string) => api.request<unknown>('DELETE', override(id));
