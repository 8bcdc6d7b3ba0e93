import type { JobName, JobPayload } from './job-map.js';

export interface EnqueueOptions {
  /** Fixed per (job, subject/period) so a second enqueue of the same work is a no-op. */
  jobId?: string;
  delayMs?: number;
}

export interface JobContext {
  jobId: string;
  attempt: number;
  progress(value: number | Record<string, unknown>): Promise<void>;
}

export type JobHandlerFn<N extends JobName = JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<unknown>;
export type JobHandlerMap = Map<JobName, JobHandlerFn>;

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface JobView {
  id: string;
  name: string;
  queue: string;
  state: JobState;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  payload: unknown;
}

/** The queue behind one interface: BullMQ on Redis in production and CI, in-process for the embedded default. */
export interface QueueDriver {
  readonly kind: 'bullmq' | 'in-process';
  add<N extends JobName>(name: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<string>;
  remove(name: JobName, jobId: string): Promise<void>;
  /** Repeating jobs (cron in Asia/Shanghai). */
  schedule<N extends JobName>(name: N, pattern: string, payload: JobPayload<N>): Promise<void>;
  /** Start consuming with these handlers (worker process, or the embedded process). */
  process(handlers: JobHandlerMap, options?: { concurrency?: number }): Promise<void>;
  list(state: JobState, limit: number): Promise<JobView[]>;
  health(): Promise<{ ok: boolean; detail: string }>;
  close(): Promise<void>;
}
export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
