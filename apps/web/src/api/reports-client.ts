import type { ApiClient } from './client';
import { download } from './download';
import type { ReportFile, ReportKind, ReportPeriodInput, ReportRun, ReportRunList, ReportSchedule } from './reports-types';

/** The 报表 endpoints (libs/reports/src/api/reports.controller.ts). */
export const listReports = (api: ApiClient, page: number, signal?: AbortSignal) =>
  api.get<ReportRunList>(`/reports?page=${page}&pageSize=20`, { signal });

export const getReport = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<ReportRun>(`/reports/${encodeURIComponent(id)}`, { signal });

export const reportSchedules = (api: ApiClient, signal?: AbortSignal) => api.get<{ items: ReportSchedule[] }>('/reports/schedules', { signal });

export const requestReport = (api: ApiClient, body: { kind: ReportKind; period: ReportPeriodInput; masked?: boolean }) =>
  api.post<{ id: string; status: 'queued'; masked: boolean }>('/reports', body);

export const downloadReport = (api: ApiClient, run: ReportRun, file: ReportFile) =>
  download(api, `/reports/${encodeURIComponent(run.id)}/download?format=${file.format}`, file.fileName);
