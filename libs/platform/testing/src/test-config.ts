import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '@app/config';

/**
 * Configuration for a test against the run's PostgreSQL database and Redis (set up by test/global-setup.js).
 * Each test file gets its own queue prefix so its jobs never reach another file's (or a developer's) workers.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: run integration tests through `npm test` (global setup)');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    JWT_SECRET: 'test-secret-' + 'x'.repeat(32),
    PII_KEY: '11'.repeat(32),
    SEED_DEMO: 'true',
    SEED_DEMO_ORDERS: 'false',
    DEMO_PASSWORD: DEMO_PASSWORD,
    QUEUE_PREFIX: 'hdtest' + randomBytes(4).toString('hex'),
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'hd-test-')),
    // Every test signs in from 127.0.0.1, many times a minute; tests of the limits set their own.
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    RATE_LIMIT_INTAKE_PER_MINUTE: '1000000',
    ...overrides,
  });
}

export const DEMO_PASSWORD = 'Hotline#2026';
