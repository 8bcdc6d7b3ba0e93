import { Inject, Injectable } from '@nestjs/common';
import type { JobName, JobPayload } from './job-map.js';
import { QUEUE_DRIVER, type EnqueueOptions, type QueueDriver } from './queue-driver.js';

/** The one typed way to enqueue work (STYLE §4). */
@Injectable()
export class JobQueue {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}

  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<string> {
    return this.driver.add(name, payload, options);
  }

  cancel(name: JobName, jobId: string): Promise<void> {
    return this.driver.remove(name, jobId);
  }
}
