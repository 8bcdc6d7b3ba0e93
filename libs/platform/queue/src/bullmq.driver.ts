import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { JOBS, type JobName, type JobPayload, type QueueName } from './job-map.js';
import type { EnqueueOptions, JobHandlerMap, JobState, JobView, QueueDriver } from './queue-driver.js';
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
    for (const queueName of new Set(Object.values(JOBS).map((j) => j.queue))) {
      const jobs = await this.queue(queueName).getJobs([state], 0, limit - 1, false);
      for (const job of jobs) {
        views.push({
          id: job.id!, name: job.name, queue: queueName, state, attempts: job.attemptsMade,
          createdAt: new Date(job.timestamp).toISOString(),
          finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          error: job.failedReason ?? null, payload: job.data,
        });
      }
    }
    return views.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    try {
      const pong = await this.connection.ping();
      return { ok: pong === 'PONG', detail: `redis ${this.connection.status}` };
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
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
