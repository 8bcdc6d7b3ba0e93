import type { ApiClient } from './client';

/** The jobs dashboard endpoints (libs/system/src/jobs.controller.ts). */
export interface QueueCounts {
  queue: string;
  jobs: string[];
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

export interface JobItem {
  id: string;
  name: string;
  queue: string;
  state: string;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  failedAt: string | null;
  error: string | null;
  stack: string | null;
  payload: unknown;
}

export interface JobSchedule {
  name: string;
  queue: string;
  pattern: string | null;
  everyMs: number | null;
  nextRunAt: string | null;
}

export const jobsSummary = (api: ApiClient, signal?: AbortSignal) => api.get<{ queues: QueueCounts[]; driver: string }>('/admin/jobs/summary', { signal });

export const failedJobs = (api: ApiClient, signal?: AbortSignal) => api.get<{ items: JobItem[] }>('/admin/jobs?state=failed', { signal });

export const jobSchedules = (api: ApiClient, signal?: AbortSignal) => api.get<{ items: JobSchedule[] }>('/admin/jobs/schedules', { signal });

export const retryJob = (api: ApiClient, id: string) => api.post<JobItem>(`/admin/jobs/${encodeURIComponent(id)}/retry`);
