import type { ApiClient } from './client';
import { download } from './download';

/** The 审计 endpoints (libs/system/src/audit.controller.ts, audit/audit-export.controller.ts). */
export interface AuditFilterQuery {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO with offset (Beijing wall clock + 08:00). */
  from?: string;
  to?: string;
}

export interface AuditChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface AuditItem {
  id: string;
  at: string;
  actorName: string;
  actorDisplayName: string | null;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  changes: AuditChange[];
}

export interface AuditList {
  items: AuditItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditVerification {
  id: string;
  status: 'queued' | 'running' | 'finished';
  ok: boolean | null;
  progress: { checked: number; total: number | null };
  firstBroken: { id: number; reason: string; position: number } | null;
}

function search(filter: AuditFilterQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const listAudit = (api: ApiClient, filter: AuditFilterQuery, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<AuditList>(`/audit${search(filter, { page: String(page), pageSize: String(pageSize) })}`, { signal });

export const exportAudit = (api: ApiClient, filter: AuditFilterQuery) => download(api, `/admin/audit/export${search(filter)}`, '审计日志.xlsx');

export const startAuditVerification = (api: ApiClient) => api.post<{ id: string; status: 'queued' }>('/admin/audit/verify');

export const getAuditVerification = (api: ApiClient, id: string, signal?: AbortSignal) =>
  api.get<AuditVerification>(`/admin/audit/verifications/${encodeURIComponent(id)}`, { signal });
