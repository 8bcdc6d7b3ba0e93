import type { ApiClient } from '../../api/client';
import type { Role } from '../../api/types';

/**
 * The admin's endpoints the 工作台 reads (libs/system, libs/deadlines, libs/platform/auth), as functions over the one
 * `ApiClient` like the other page clients, so client.ts does not grow with every page.
 */

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

/** `GET /api/admin/jobs` items (libs/platform/queue JobView). */
export interface JobView {
  id: string;
  name: string;
  queue: string;
  state: JobState;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface JobList {
  items: JobView[];
  total: number;
  driver: 'bullmq' | 'in-process';
}

export interface CalendarAlert {
  year: number;
  /** Chinese, from the server: 2027 年节假日安排尚未录入，… */
  message: string;
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actorId: string | null;
  /** The username, or the job's name for the system. */
  actorName: string;
  actorRole: Role | 'system' | 'anonymous';
  action: string;
  entityType: string;
  entityId: string | null;
}

export interface UserRef {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export const listJobs = (api: ApiClient, state: JobState, limit: number, signal?: AbortSignal) =>
  api.get<JobList>(`/admin/jobs?state=${state}&limit=${limit}`, { signal });

export const calendarAlerts = (api: ApiClient, signal?: AbortSignal) =>
  api.get<{ items: CalendarAlert[]; total: number }>('/admin/calendar/alerts', { signal });

export const recentAudit = (api: ApiClient, pageSize: number, signal?: AbortSignal) =>
  api.get<{ items: AuditEntry[]; total: number }>(`/audit?pageSize=${pageSize}`, { signal });

export const listUsers = (api: ApiClient, signal?: AbortSignal) => api.get<UserRef[]>('/admin/users', { signal });
