import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { envSchema } from './config.schema.js';
import type { AppConfig } from './app-config.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super('Invalid configuration:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment once at boot. A wrong value stops the process with a message naming the variable
 * and what is expected. In embedded mode, secrets that are not given are generated once and kept under DATA_DIR,
 * so a laptop install needs no configuration; with DATABASE_URL they must be given explicitly (except for tools
 * such as the migration CLI, which pass `requireSecrets: false` and never touch tokens or personal data).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { requireSecrets = true } = {}): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}${describeGot(env, issue.path)}`),
    );
  }
  const v = parsed.data;
  const embedded = !v.DATABASE_URL;
  const problems: string[] = [];
  if (requireSecrets && !embedded && !v.JWT_SECRET) problems.push('JWT_SECRET: required when DATABASE_URL is set (at least 32 random characters)');
  if (requireSecrets && !embedded && !v.PII_KEY) problems.push('PII_KEY: required when DATABASE_URL is set (openssl rand -hex 32)');
  if (v.INITIAL_ADMIN_USERNAME && !v.INITIAL_ADMIN_PASSWORD) problems.push('INITIAL_ADMIN_PASSWORD: required with INITIAL_ADMIN_USERNAME');
  if (requireSecrets && v.PLATFORM_SYNC_URL && !(v.PLATFORM_SYNC_SECRET ?? v.INTAKE_HMAC_SECRET)) {
    problems.push('PLATFORM_SYNC_SECRET: required with PLATFORM_SYNC_URL (or set INTAKE_HMAC_SECRET, which is then used)');
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(v.DATA_DIR);
  const secrets = embedded ? embeddedSecrets(dataDir) : undefined;
  return {
    env: v.NODE_ENV,
    embedded,
    http: { host: v.HOST, port: v.PORT },
    database: { url: v.DATABASE_URL, poolSize: v.DATABASE_POOL_SIZE },
    redis: { url: v.REDIS_URL },
    queue: { driver: v.REDIS_URL ? 'bullmq' : 'in-process', prefix: v.QUEUE_PREFIX },
    dataDir,
    auth: {
      jwtSecret: v.JWT_SECRET ?? secrets?.jwtSecret ?? '',
      accessTtlSeconds: v.JWT_ACCESS_TTL,
      idleTimeoutSeconds: v.SESSION_IDLE_TIMEOUT,
      maxLifetimeSeconds: v.SESSION_MAX_LIFETIME,
    },
    rateLimits: { loginPerMinute: v.RATE_LIMIT_LOGIN_PER_MINUTE, intakePerMinute: v.RATE_LIMIT_INTAKE_PER_MINUTE },
    piiKey: v.PII_KEY ?? secrets?.piiKey ?? Buffer.alloc(0),
    seed: {
      demo: v.SEED_DEMO ?? embedded,
      demoOrders: (v.SEED_DEMO ?? embedded) && (v.SEED_DEMO_ORDERS ?? true),
      demoPassword: v.DEMO_PASSWORD,
      demoSeed: v.DEMO_SEED,
      initialAdmin: v.INITIAL_ADMIN_USERNAME
        ? { username: v.INITIAL_ADMIN_USERNAME, password: v.INITIAL_ADMIN_PASSWORD! }
        : undefined,
    },
    businessTimeZone: v.BUSINESS_TZ,
    logLevel: v.LOG_LEVEL,
    streetCode: v.STREET_CODE,
    intake: {
      hmacSecret: v.INTAKE_HMAC_SECRET,
      maxClockSkewSeconds: v.INTAKE_MAX_CLOCK_SKEW,
      maxImportBytes: v.IMPORT_MAX_FILE_MB * 1024 * 1024,
      maxImportRows: v.IMPORT_MAX_ROWS,
      maxImportUncompressedBytes: v.IMPORT_MAX_UNCOMPRESSED_MB * 1024 * 1024,
      maxImportCellChars: v.IMPORT_MAX_CELL_CHARS,
    },
    attachments: { maxBytes: v.ATTACHMENT_MAX_MB * 1024 * 1024 },
    outbox: {
      platformUrl: v.PLATFORM_SYNC_URL,
      platformSecret: v.PLATFORM_SYNC_SECRET ?? v.INTAKE_HMAC_SECRET,
      smsWebhookUrl: v.SMS_WEBHOOK_URL,
      timeoutMs: v.OUTBOX_HTTP_TIMEOUT * 1000,
    },
  };
}

function describeGot(env: NodeJS.ProcessEnv, path: PropertyKey[]): string {
  const name = String(path[0] ?? '');
  const value = env[name];
  if (value === undefined || /SECRET|KEY|PASSWORD/.test(name)) return '';
  return ` (got "${value}")`;
}

/** Where the embedded mode keeps the secrets it generated (JWT secret, PII key). */
export function embeddedSecretsFile(dataDir: string): string {
  return join(dataDir, 'secrets.json');
}

function embeddedSecrets(dataDir: string): { jwtSecret: string; piiKey: Buffer } {
  mkdirSync(dataDir, { recursive: true });
  const file = embeddedSecretsFile(dataDir);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; piiKey: string };
    return { jwtSecret: stored.jwtSecret, piiKey: Buffer.from(stored.piiKey, 'hex') };
  }
  const created = { jwtSecret: randomBytes(32).toString('hex'), piiKey: randomBytes(32).toString('hex') };
  writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return { jwtSecret: created.jwtSecret, piiKey: Buffer.from(created.piiKey, 'hex') };
}
