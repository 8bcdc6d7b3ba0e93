import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { JOBS, type JobName, type JobPayload } from './job-map.js';
import {
  queuesOfJobs, stackHead,
  type EnqueueOptions, type JobHandlerMap, type JobState, type JobView, type QueueCounts, type QueueDriver, type RetryOutcome, type ScheduleView,
} from './queue-driver.js';
import { assertJobId, backoffDelay } from './job-options.js';
import { nextCronRun } from './cron.js';

interface InProcessJob {
  id: string;
  name: JobName;
  payload: unknown;
  state: JobState;
  attempts: number;
  createdAt: number;
  finishedAt: number | null;
  error: string | null;
  stack: string | null;
  timer?: NodeJS.Timeout;
}

/**
 * The embedded default's queue: same job names, payloads, retries and handlers as BullMQ, run in this process.
 * Delayed jobs live in memory, so they are lost on restart; the periodic sweeps re-create what is missing.
 */
export class InProcessDriver implements QueueDriver {
  readonly kind = 'in-process' as const;
  private readonly logger = new Logger('InProcessQueue');
  private readonly jobs = new Map<string, InProcessJob>();
  private readonly scheduled = new Map<JobName, { pattern: string; next: Date }>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private handlers: JobHandlerMap | null = null;
  private closed = false;
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];

  async add<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<string> {
    const id = options.jobId ? assertJobId(options.jobId) : randomUUID();
    const existing = this.jobs.get(id);
    if (existing) return existing.id; // same semantics as BullMQ: a known job id is not added twice
    const job: InProcessJob = {
      id, name, payload: structuredClone(payload), state: options.delayMs ? 'delayed' : 'waiting', attempts: 0,
      createdAt: Date.now(), finishedAt: null, error: null, stack: null,
    };
    this.jobs.set(id, job);
    this.later(job, options.delayMs ?? 0);
    return id;
  }

  async remove(_name: JobName, jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    if (!job || job.state === 'active') return;
    if (job.timer) clearTimeout(job.timer);
    this.jobs.delete(jobId);
  }

  async schedule<N extends JobName>(name: N, pattern: string, payload: JobPayload<N>): Promise<void> {
    const tick = () => {
      if (this.closed) return;
      const next = nextCronRun(pattern, new Date());
      this.scheduled.set(name, { pattern, next });
      const delay = next.getTime() - Date.now();
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.add(name, payload).finally(tick);
      }, Math.max(delay, 1000));
      timer.unref();
      this.timers.add(timer);
    };
    tick();
  }

  async process(handlers: JobHandlerMap): Promise<void> {
    this.handlers = handlers;
    for (const job of this.jobs.values()) if (job.state === 'waiting') this.later(job, 0);
  }

  async list(state: JobState, limit: number): Promise<JobView[]> {
    return [...this.jobs.values()]
      .filter((j) => j.state === state)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map(viewOf);
  }

  async get(jobId: string): Promise<JobView | null> {
    const job = this.jobs.get(jobId);
    return job ? viewOf(job) : null;
  }

  /** As BullMQ's `job.retry()`: the attempts made are kept, so the job gets exactly one more. */
  async retry(jobId: string): Promise<RetryOutcome> {
    const job = this.jobs.get(jobId);
    if (!job) return 'not_found';
    if (job.state !== 'failed') return 'not_failed';
    job.state = 'waiting';
    job.finishedAt = null;
    this.later(job, 0);
    return 'retried';
  }

  async counts(): Promise<QueueCounts[]> {
    return [...queuesOfJobs()].map(([queue, names]) => {
      const of = (state: JobState) => [...this.jobs.values()].filter((j) => JOBS[j.name].queue === queue && j.state === state).length;
      return { queue, jobs: names, waiting: of('waiting'), active: of('active'), delayed: of('delayed'), failed: of('failed'), completed: of('completed') };
    });
  }

  async schedules(): Promise<ScheduleView[]> {
    return [...this.scheduled].map(([name, s]) => ({
      name, queue: JOBS[name].queue, pattern: s.pattern, everyMs: null, tz: 'Asia/Shanghai', nextRunAt: s.next.toISOString(),
    }));
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    return { ok: !this.closed, detail: `in-process, ${this.running} running` };
  }

  /** Resolves when no job is running or due now (tests wait for all jobs to finish). */
  async idle(): Promise<void> {
    if (this.running === 0 && ![...this.jobs.values()].some((j) => j.state === 'waiting')) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** In one process the jobs and their producers are one: stopping the timers is all there is to stop. */
  async stopWorkers(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const job of this.jobs.values()) if (job.timer) clearTimeout(job.timer);
  }

  private later(job: InProcessJob, delayMs: number): void {
    if (this.closed) return;
    if (job.timer) clearTimeout(job.timer);
    job.timer = setTimeout(() => void this.run(job), Math.max(0, delayMs));
    if (delayMs > 0) job.timer.unref();
  }

  private async run(job: InProcessJob): Promise<void> {
    job.timer = undefined;
    if (this.closed || !this.jobs.has(job.id)) return;
    if (!this.handlers) {
      job.state = 'waiting'; // picked up when process() is called
      return;
    }
    const handler = this.handlers.get(job.name);
    const retry = JOBS[job.name].retry;
    job.state = 'active';
    job.attempts++;
    this.running++;
    try {
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      await handler(structuredClone(job.payload) as never, { jobId: job.id, attempt: job.attempts, progress: async () => undefined });
      job.state = 'completed';
      job.finishedAt = Date.now();
      job.error = null;
      job.stack = null;
      this.expire(job, retry.keepCompleted.ageSeconds);
    } catch (error) {
      job.error = (error as Error).message;
      job.stack = stackHead((error as Error).stack);
      if (job.attempts < retry.attempts && !this.closed) {
        job.state = 'delayed';
        this.later(job, backoffDelay(retry, job.attempts));
      } else {
        job.state = 'failed';
        job.finishedAt = Date.now();
        this.logger.error({ err: error, job: job.name, jobId: job.id }, 'job failed after all attempts');
        this.expire(job, retry.keepFailed.ageSeconds);
      }
    } finally {
      this.running--;
      if (this.running === 0 && ![...this.jobs.values()].some((j) => j.state === 'waiting')) {
        this.idleWaiters.splice(0).forEach((resolve) => resolve());
      }
    }
  }

  private expire(job: InProcessJob, ageSeconds: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.jobs.get(job.id) === job) this.jobs.delete(job.id);
    }, ageSeconds * 1000);
    timer.unref();
    this.timers.add(timer);
  }
}

function viewOf(j: InProcessJob): JobView {
  return {
    id: j.id, name: j.name, queue: JOBS[j.name].queue, state: j.state, attempts: j.attempts,
    createdAt: new Date(j.createdAt).toISOString(), finishedAt: j.finishedAt ? new Date(j.finishedAt).toISOString() : null,
    error: j.error, stack: j.stack, failedAt: j.state === 'failed' && j.finishedAt ? new Date(j.finishedAt).toISOString() : null,
    maxAttempts: JOBS[j.name].retry.attempts, payload: j.payload,
  };
}
