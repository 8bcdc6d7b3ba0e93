import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_HANDLER, type JobHandler } from './job-handler.decorator.js';
import { JOBS, JOB_NAMES, type JobName } from './job-map.js';
import { buildHandlerMap } from './job-registry.js';
import { QUEUE_DRIVER, type JobHandlerFn, type QueueDriver } from './queue-driver.js';

/** Finds every @HandlesJob provider, checks the registry, and starts consuming (worker, or the embedded process). */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);

  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {}

  async start({ schedules = true, concurrency }: { schedules?: boolean; concurrency?: number } = {}): Promise<void> {
    const found: { name: string; handler: JobHandlerFn; owner: string }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const name = Reflect.getMetadata(JOB_HANDLER, metatype) as string | undefined;
      if (!name) continue;
      const handler = instance as JobHandler<JobName>;
      found.push({ name, handler: (payload, ctx) => handler.handle(payload as never, ctx), owner: metatype.name });
    }
    const handlers = buildHandlerMap(found);
    await this.driver.process(handlers, { concurrency });
    if (schedules) {
      for (const name of JOB_NAMES) {
        const schedule = JOBS[name].schedule;
        if (schedule) await this.driver.schedule(name, schedule.pattern, schedule.payload as never);
      }
    }
    this.logger.log(`consuming ${handlers.size} job types with the ${this.driver.kind} driver`);
  }
}
