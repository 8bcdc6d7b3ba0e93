import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { JOBS, type JobName, type JobPayload, type QueueName } from './job-map.js';
import {
  queuesOfJobs, stackHead,
  type EnqueueOptions, type JobHandlerMap, type JobState, type JobView, type QueueCounts, type QueueDriver, type RetryOutcome, type ScheduleView,
} from './queue-driver.js';
import { assertJobId, jobOptionsOf } from './job-options.js';

/** BullMQ on Redis: the api enqueues, any number of worker processes consume. */
export class BullMqDriver implements QueueDriver {
  readonly kind = 'bullmq' as const;
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly workerConnections: Redis[] = [];

  constructor(redisUrl: string, private readonly prefix: string) {
    // BullMQ needs maxRetriesPerRequest: null so blocking commands are not cut short.
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  }

  async add<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue(JOBS[name].queue).add(name, payload, this.optionsFor(name, options));
    return job.id!;
  }

  async remove(name: JobName, jobId: string): Promise<void> {
    await this.queue(JOBS[name].queue).remove(jobId);
  }

  async schedule<N extends JobName>(name: N, pattern: string, payload: JobPayload<N>): Promise<void> {
    await this.queue(JOBS[name].queue).upsertJobScheduler(
      `schedule-${name}`,
      { pattern, tz: 'Asia/Shanghai' },
      { name, data: payload, opts: this.optionsFor(name, {}) },
    );
  }

  async process(handlers: JobHandlerMap, { concurrency = 4 } = {}): Promise<void> {
    const queueNames = new Set([...handlers.keys()].map((name) => JOBS[name].queue));
    for (const queueName of queueNames) {
      // Workers block on their own connection; BullMQ does not close a connection it was given, so we do.
      const connection = this.connection.duplicate();
      this.workerConnections.push(connection);
      const worker = new Worker(
        queueName,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler) throw new Error(`No handler for job ${job.name}`);
          return handler(job.data, {
            jobId: job.id!,
            attempt: job.attemptsMade + 1,
            progress: (value) => job.updateProgress(value),
          });
        },
        { connection, prefix: this.prefix, concurrency },
      );
      worker.on('error', () => undefined); // connection errors are retried by ioredis; health() reports them
      await worker.waitUntilReady();
      this.workers.push(worker);
    }
  }

  async list(state: JobState, limit: number): Promise<JobView[]> {
    const views: JobView[] = [];
    for (const queueName of queuesOfJobs().keys()) {
      const jobs = await this.queue(queueName).getJobs([state], 0, limit - 1, false);
      for (const job of jobs) views.push(viewOf(job, queueName, state));
    }
    return views.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  }

  async get(jobId: string): Promise<JobView | null> {
    const found = await this.find(jobId);
    return found ? viewOf(found.job, found.queue, stateOf(await found.job.getState())) : null;
  }

  async retry(jobId: string): Promise<RetryOutcome> {
    const found = await this.find(jobId);
    if (!found) return 'not_found';
    if ((await found.job.getState()) !== 'failed') return 'not_failed';
    try {
      await found.job.retry('failed');
      return 'retried';
    } catch {
      return 'not_failed'; // retried or removed meanwhile: BullMQ refuses a job no longer in the failed set
    }
  }

  async counts(): Promise<QueueCounts[]> {
    const counts: QueueCounts[] = [];
    for (const [queue, jobs] of queuesOfJobs()) {
      const c = await this.queue(queue).getJobCounts('waiting', 'prioritized', 'waiting-children', 'active', 'delayed', 'failed', 'completed');
      counts.push({
        queue, jobs, waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0), active: c.active ?? 0,
        delayed: c.delayed ?? 0, failed: c.failed ?? 0, completed: c.completed ?? 0,
      });
    }
    return counts;
  }

  async schedules(): Promise<ScheduleView[]> {
    const views: ScheduleView[] = [];
    for (const queue of queuesOfJobs().keys()) {
      for (const s of await this.queue(queue).getJobSchedulers(0, -1, true)) {
        views.push({
          name: s.name as JobName, queue, pattern: s.pattern ?? null, everyMs: s.every ?? null, tz: s.tz ?? null,
          nextRunAt: s.next ? new Date(s.next).toISOString() : null,
        });
      }
    }
    return views;
  }

  private async find(jobId: string): Promise<{ job: Job; queue: QueueName } | null> {
    for (const queue of queuesOfJobs().keys()) {
      const job = (await this.queue(queue).getJob(jobId)) as Job | undefined;
      if (job) return { job, queue };
    }
    return null;
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    try {
      const pong = await this.connection.ping();
      return { ok: pong === 'PONG', detail: `redis ${this.connection.status}` };
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  }

  async stopWorkers(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
  }

  async close(): Promise<void> {
    await this.stopWorkers();
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await Promise.allSettled([this.connection, ...this.workerConnections].map((c) => c.quit()));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  private optionsFor(name: JobName, options: EnqueueOptions): JobsOptions {
    const o = jobOptionsOf(JOBS[name].retry);
    if (options.jobId) o.jobId = assertJobId(options.jobId);
    if (options.delayMs && options.delayMs > 0) o.delay = Math.round(options.delayMs);
    return o;
  }
}

/** BullMQ's finer states in the dashboard's five. */
function stateOf(state: string): JobState {
  if (state === 'active' || state === 'delayed' || state === 'failed' || state === 'completed') return state;
  return 'waiting';
}

function viewOf(job: Job, queue: QueueName, state: JobState): JobView {
  return {
    id: job.id!, name: job.name, queue, state, attempts: job.attemptsMade,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    error: job.failedReason || null,
    stack: stackHead(job.stacktrace?.at(-1)),
    failedAt: state === 'failed' && job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    maxAttempts: job.opts.attempts ?? 1,
    payload: job.data,
  };
}
