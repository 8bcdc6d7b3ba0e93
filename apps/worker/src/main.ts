import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@app/config';
import { JobRunner } from '@app/queue';
import { WorkerModule } from './worker.module.js';

/** `npm run start:worker`: consumes the BullMQ queues; run as many as the load needs. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.queue.driver !== 'bullmq') {
    throw new ConfigError(['REDIS_URL: the worker process needs Redis (without it, `npm start` runs jobs in-process)']);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.get(JobRunner).start();
  console.log('Hotline Desk worker is consuming jobs');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
