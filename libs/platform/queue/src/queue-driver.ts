import { JOBS, JOB_NAMES, type JobName, type JobPayload, type QueueName } from './job-map.js';

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
  /** The first lines of the last failure's stack trace. */
  stack: string | null;
  /** When it failed for good (failed jobs only). */
  failedAt: string | null;
  /** Attempts it gets before it is failed for good. */
  maxAttempts: number;
  payload: unknown;
}

/** Jobs of one queue by state (the admin's jobs dashboard). */
export interface QueueCounts {
  queue: QueueName;
  /** The job types that run on this queue. */
  jobs: JobName[];
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** A repeating schedule and when it runs next. */
export interface ScheduleView {
  name: JobName;
  queue: QueueName;
  pattern: string | null;
  everyMs: number | null;
  tz: string | null;
  nextRunAt: string | null;
}

/** What `retry` did: put the failed job back in the queue, or why not. */
export type RetryOutcome = 'retried' | 'not_found' | 'not_failed';

/** Stack traces are long; the head says where it failed. */
export const STACK_HEAD_LINES = 8;

export function stackHead(stack: string | null | undefined): string | null {
  return stack ? stack.split('\n').slice(0, STACK_HEAD_LINES).join('\n') : null;
}

/** The queues in the order of the job map, each with its job types. */
export function queuesOfJobs(): Map<QueueName, JobName[]> {
  const queues = new Map<QueueName, JobName[]>();
  for (const name of JOB_NAMES) queues.set(JOBS[name].queue, [...(queues.get(JOBS[name].queue) ?? []), name]);
  return queues;
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
  /** One job by id, whatever its queue; null when unknown (never added, or removed by retention). */
  get(jobId: string): Promise<JobView | null>;
  /** Runs a failed job again (one more attempt, as BullMQ's `job.retry()`). */
  retry(jobId: string): Promise<RetryOutcome>;
  counts(): Promise<QueueCounts[]>;
  schedules(): Promise<ScheduleView[]>;
  health(): Promise<{ ok: boolean; detail: string }>;
  /**
   * Stops taking jobs and waits for the running ones, before the process closes its sockets: a job that committed
   * after the realtime adapter had closed would publish on a closed connection.
   */
  stopWorkers(): Promise<void>;
  close(): Promise<void>;
}
export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
