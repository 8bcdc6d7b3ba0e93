import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AppConfig } from '@app/config';
import { waitUntil } from '@app/testing';

/** The built worker (`npm test` builds it first, in pretest). */
export const WORKER_ENTRY = 'dist/apps/worker/apps/worker/src/main.js';

export interface WorkerProcess {
  /** Everything the worker printed so far. */
  log(): string;
  /** Sends `signal` and waits for the process to exit (no-op when it has exited already). */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * The production worker as a separate process against the test's database, Redis and queue prefix, resolved once it
 * consumes jobs. Tests use it to prove the api → Redis → worker path, and to kill it for real.
 */
export async function startWorkerProcess(config: AppConfig): Promise<WorkerProcess> {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: npm test builds it first (pretest)`);
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [WORKER_ENTRY], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: config.database.url,
      REDIS_URL: config.redis.url,
      QUEUE_PREFIX: config.queue.prefix,
      JWT_SECRET: config.auth.jwtSecret,
      PII_KEY: config.piiKey.toString('hex'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  await waitUntil(() => log.includes('consuming jobs'), 60_000, () => `worker did not start:\n${log}`);
  return {
    log: () => log,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
  };
}
