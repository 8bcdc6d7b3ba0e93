import { z } from 'zod';

/** Durations in configuration: a number of seconds, or a number with a unit (`90s`, `15m`, `12h`, `7d`). */
const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const seconds = parseDurationSeconds(value);
      if (seconds === null) {
        ctx.addIssue({ code: 'custom', message: `expected a duration such as 900, 15m, 12h or 7d, got "${value}"` });
        return z.NEVER;
      }
      return seconds;
    });

export function parseDurationSeconds(value: string): number | null {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(value);
  if (!match) return null;
  const factor = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  const seconds = Number(match[1]) * factor;
  return seconds > 0 ? seconds : null;
}

const bool = (fallback: boolean | undefined) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const url = (protocols: string[]) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || protocols.some((p) => v.startsWith(p + '://')), {
      message: `expected a URL starting with ${protocols.map((p) => p + '://').join(' or ')}`,
    })
    .transform((v) => (v ? v : undefined));

/** 32 bytes given as 64 hex characters or base64. */
export const key32 = z
  .string()
  .optional()
  .refine((v) => v === undefined || v === '' || decodeKey(v) !== null, {
    message: 'expected 32 random bytes as 64 hex characters or base64 (generate one with: openssl rand -hex 32)',
  })
  .transform((v) => (v ? (decodeKey(v) as Buffer) : undefined));

export function decodeKey(value: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  const b = Buffer.from(value, 'base64');
  return b.length === 32 ? b : null;
}

/** Every environment variable the desk reads. Documented in `.env.example` and the README. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'expected an integer port' }).int('expected an integer port').min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: url(['postgres', 'postgresql']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  REDIS_URL: url(['redis', 'rediss']),
  DATA_DIR: z.string().min(1).default('./data'),
  JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  JWT_ACCESS_TTL: duration('15m'),
  SESSION_IDLE_TIMEOUT: duration('30m'),
  SESSION_MAX_LIFETIME: duration('12h'),
  PII_KEY: key32,
  SEED_DEMO: bool(undefined),
  SEED_DEMO_ORDERS: bool(undefined),
  DEMO_PASSWORD: z.string().min(1).default('Hotline#2026'),
  DEMO_SEED: z.coerce.number().int().default(20260501),
  INITIAL_ADMIN_USERNAME: z.string().min(3).optional(),
  INITIAL_ADMIN_PASSWORD: z.string().min(10).optional(),
  BUSINESS_TZ: z.literal('Asia/Shanghai', { message: 'only Asia/Shanghai is supported (the PRC business calendar)' }).default('Asia/Shanghai'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'expected letters, digits, - or _').default('hd'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STREET_CODE: z.string().regex(/^\d{9,12}$/, 'expected the street administrative code (9–12 digits)').optional(),
  INTAKE_HMAC_SECRET: z.string().min(32, 'expected at least 32 characters shared with the 12345 platform').optional(),
  INTAKE_MAX_CLOCK_SKEW: duration('5m'),
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(200).default(20),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  /** A 20 MB export inflates to well under 200 MB; a zip bomb inflates a 1 MB file to gigabytes. */
  IMPORT_MAX_UNCOMPRESSED_MB: z.coerce.number().int().min(1).max(2000).default(200),
  IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(100).max(10_000_000).default(32_767),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  PLATFORM_SYNC_URL: url(['http', 'https']),
  PLATFORM_SYNC_SECRET: z.string().min(32, 'expected at least 32 characters shared with the 12345 platform').optional(),
  SMS_WEBHOOK_URL: url(['http', 'https']),
  OUTBOX_HTTP_TIMEOUT: duration('10s'),
  /** Sign-ins per client address per minute (issue 13): an office behind one NAT signs in well under this. */
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Signed intake requests per client address per minute: the 12345 platform pushes in bursts. */
  RATE_LIMIT_INTAKE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
});

export type RawEnv = z.input<typeof envSchema>;
