import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'hd-config-'));
const production = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(40),
  PII_KEY: 'ab'.repeat(32),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('loadConfig', () => {
  it('when nothing is set, then the embedded default runs with generated secrets and demo data', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.embedded).toBe(true);
    expect(config.queue.driver).toBe('in-process');
    expect(config.seed.demo).toBe(true);
    expect(config.http.port).toBe(3000);
    expect(config.piiKey).toHaveLength(32);
    // The generated secrets are stable across restarts (tokens and encrypted data survive).
    expect(loadConfig({ DATA_DIR: dir }).auth.jwtSecret).toBe(config.auth.jwtSecret);
  });

  it('when DATABASE_URL and REDIS_URL are set, then BullMQ is used and demo data is off unless asked', () => {
    const config = loadConfig({ ...production, DATA_DIR: dataDir() });
    expect(config.embedded).toBe(false);
    expect(config.queue.driver).toBe('bullmq');
    expect(config.seed.demo).toBe(false);
    expect(loadConfig({ ...production, SEED_DEMO: 'true' }).seed.demo).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: .*integer.*\(got "abc"\)/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: expected a URL starting with postgres:\/\//],
    [{ REDIS_URL: 'http://x' }, /^REDIS_URL: expected a URL starting with redis:\/\//],
    [{ JWT_ACCESS_TTL: 'soon' }, /^JWT_ACCESS_TTL: expected a duration/],
    [{ PII_KEY: 'short' }, /^PII_KEY: expected 32 random bytes/],
    [{ SEED_DEMO: 'maybe' }, /^SEED_DEMO: expected true or false/],
    [{ BUSINESS_TZ: 'UTC' }, /^BUSINESS_TZ: only Asia\/Shanghai is supported/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET: expected at least 32 characters/],
    [{ PLATFORM_SYNC_URL: 'ftp://platform' }, /^PLATFORM_SYNC_URL: expected a URL starting with http:\/\/ or https:\/\//],
    [{ SMS_WEBHOOK_URL: 'sms-gateway' }, /^SMS_WEBHOOK_URL: expected a URL starting with http:\/\//],
    [{ PLATFORM_SYNC_SECRET: 'short' }, /^PLATFORM_SYNC_SECRET: expected at least 32 characters/],
    [{ OUTBOX_HTTP_TIMEOUT: 'soon' }, /^OUTBOX_HTTP_TIMEOUT: expected a duration/],
    [{ PLATFORM_SYNC_URL: 'https://platform.example/sync' }, /^PLATFORM_SYNC_SECRET: required with PLATFORM_SYNC_URL/],
    [{ RATE_LIMIT_LOGIN_PER_MINUTE: '0' }, /^RATE_LIMIT_LOGIN_PER_MINUTE: /],
    [{ RATE_LIMIT_INTAKE_PER_MINUTE: 'lots' }, /^RATE_LIMIT_INTAKE_PER_MINUTE: /],
    [{ IMPORT_MAX_UNCOMPRESSED_MB: '0' }, /^IMPORT_MAX_UNCOMPRESSED_MB: /],
    [{ IMPORT_MAX_CELL_CHARS: '10' }, /^IMPORT_MAX_CELL_CHARS: /],
  ])('when %j, then the process is refused with a message naming the variable', (env, expected) => {
    const problems = problemsOf({ DATA_DIR: dataDir(), ...env });
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('when no rate limit is set, then sign-in allows 60 and signed intake 600 requests per address per minute; each can be set', () => {
    expect(loadConfig({ ...production, DATA_DIR: dataDir() }).rateLimits).toEqual({ loginPerMinute: 60, intakePerMinute: 600 });
    const raised = loadConfig({ ...production, DATA_DIR: dataDir(), RATE_LIMIT_LOGIN_PER_MINUTE: '300', RATE_LIMIT_INTAKE_PER_MINUTE: '5000' });
    expect(raised.rateLimits).toEqual({ loginPerMinute: 300, intakePerMinute: 5000 });
  });

  it('when no xlsx limit is set, then an import may inflate to 200 MB with cells of up to 32 767 characters (Excel’s own limit); each can be set', () => {
    expect(loadConfig({ ...production, DATA_DIR: dataDir() }).intake).toMatchObject({ maxImportUncompressedBytes: 200 * 1024 * 1024, maxImportCellChars: 32_767 });
    const lowered = loadConfig({ ...production, DATA_DIR: dataDir(), IMPORT_MAX_UNCOMPRESSED_MB: '4', IMPORT_MAX_CELL_CHARS: '1000' });
    expect(lowered.intake).toMatchObject({ maxImportUncompressedBytes: 4 * 1024 * 1024, maxImportCellChars: 1000 });
  });

  it('when DATABASE_URL is set without secrets, then both missing secrets are named', () => {
    const problems = problemsOf({ DATABASE_URL: production.DATABASE_URL, DATA_DIR: dataDir() });
    expect(problems).toEqual([
      expect.stringMatching(/^JWT_SECRET: required/),
      expect.stringMatching(/^PII_KEY: required/),
    ]);
  });

  it.each([
    [{}, { platformUrl: undefined, platformSecret: undefined, smsWebhookUrl: undefined, timeoutMs: 10_000 }],
    [
      { PLATFORM_SYNC_URL: 'https://platform.example/sync', INTAKE_HMAC_SECRET: 'i'.repeat(32), OUTBOX_HTTP_TIMEOUT: '30s' },
      { platformUrl: 'https://platform.example/sync', platformSecret: 'i'.repeat(32), smsWebhookUrl: undefined, timeoutMs: 30_000 },
    ],
    [
      { PLATFORM_SYNC_URL: 'http://10.0.0.5/sync', PLATFORM_SYNC_SECRET: 'p'.repeat(32), INTAKE_HMAC_SECRET: 'i'.repeat(32), SMS_WEBHOOK_URL: 'https://sms.example/send' },
      { platformUrl: 'http://10.0.0.5/sync', platformSecret: 'p'.repeat(32), smsWebhookUrl: 'https://sms.example/send', timeoutMs: 10_000 },
    ],
  ])('outbox delivery settings %j → %j (the intake secret signs the platform sync unless its own is given)', (env, expected) => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...env }).outbox).toEqual(expected);
  });

  it('never echoes a secret value in the message', () => {
    const problems = problemsOf({ DATA_DIR: dataDir(), JWT_SECRET: 'tooshortsecret' });
    expect(problems.join('\n')).not.toContain('tooshortsecret');
  });
});
