import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AppConfig } from '@app/config';
import { waitUntil } from '@app/testing';

export interface DeskProcess {
  /** Everything the process printed so far. */
  log(): string;
  /** Sends `signal` and waits for the process to exit (no-op when it has exited already). */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** The environment that runs a built desk process against the test's database, Redis, queue prefix and keys. */
export function deskEnvironment(config: AppConfig, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: config.database.url,
    REDIS_URL: config.redis.url,
    QUEUE_PREFIX: config.queue.prefix,
    JWT_SECRET: config.auth.jwtSecret,
    PII_KEY: config.piiKey.toString('hex'),
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** A built desk process (`npm test` builds them first, in pretest), resolved once it prints `readyText`. */
export async function startDeskProcess(entry: string, args: string[], env: NodeJS.ProcessEnv, readyText: string): Promise<DeskProcess> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: npm test builds it first (pretest)`);
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitUntil(() => log.includes(readyText) || child.exitCode !== null, 60_000, () => `${entry} did not start:\n${log}`);
  if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}:\n${log}`);
  return {
    log: () => log,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
