import { Global, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '@app/config';
import { BullMqDriver } from './bullmq.driver.js';
import { InProcessDriver } from './in-process.driver.js';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';
import { QUEUE_DRIVER, type QueueDriver } from './queue-driver.js';

export function createQueueDriver(config: AppConfig): QueueDriver {
  return config.queue.driver === 'bullmq' ? new BullMqDriver(config.redis.url!, config.queue.prefix) : new InProcessDriver();
}

/**
 * Workers stop before Nest closes the http and socket servers (beforeApplicationShutdown runs before them), so no
 * job commits and broadcasts after the realtime adapter has closed; the producers close last, after the servers.
 */
class QueueShutdown implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}
  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.stopWorkers();
  }
  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, driver: QueueDriver = createQueueDriver(config)): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [{ provide: QUEUE_DRIVER, useValue: driver }, JobQueue, JobRunner, QueueShutdown],
      exports: [QUEUE_DRIVER, JobQueue, JobRunner],
    };
  }
}
