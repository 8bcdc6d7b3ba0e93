export * from './job-map.js';
export * from './queue-driver.js';
export * from './job-handler.decorator.js';
export * from './job-registry.js';
export * from './job-queue.js';
export * from './job-runner.js';
export * from './queue.module.js';
export * from './bullmq.driver.js';
export * from './in-process.driver.js';
// When the queue tries a failed job again, for what a job records about its own retries (the outbox's next attempt).
export { backoffDelay } from './job-options.js';
export { nextCronRun } from './cron.js';
