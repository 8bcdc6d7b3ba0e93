/** The typed, validated configuration every module receives (never `process.env` outside this lib). */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  /** Embedded default: no DATABASE_URL → PGlite on disk under dataDir, jobs in-process (DESIGN §12). */
  embedded: boolean;
  http: { host: string; port: number };
  database: { url?: string; poolSize: number };
  redis: { url?: string };
  queue: { driver: 'bullmq' | 'in-process'; prefix: string };
  dataDir: string;
  auth: {
    jwtSecret: string;
    accessTtlSeconds: number;
    idleTimeoutSeconds: number;
    maxLifetimeSeconds: number;
  };
  /** Requests per client address per minute on the routes an attacker would hammer (issue 13). */
  rateLimits: { loginPerMinute: number; intakePerMinute: number };
  piiKey: Buffer;
  seed: {
    demo: boolean;
    /** Realistic demo orders from the contract's start to today (with `demo`; tests turn it off for speed). */
    demoOrders: boolean;
    demoPassword: string;
    demoSeed: number;
    initialAdmin?: { username: string; password: string };
  };
  businessTimeZone: 'Asia/Shanghai';
  logLevel: string;
  streetCode?: string;
  /** Intake from the 12345 platform (DESIGN §5): the signed API's shared secret and the import limits. */
  intake: {
    /** HMAC-SHA256 key shared with the platform; unset → the signed intake API answers 503. */
    hmacSecret?: string;
    maxClockSkewSeconds: number;
    maxImportBytes: number;
    maxImportRows: number;
    /** An .xlsx is a zip: what it may inflate to, checked before parsing (issue 13, zip bombs). */
    maxImportUncompressedBytes: number;
    /** Longest cell text read from an .xlsx; Excel itself stops at 32 767. */
    maxImportCellChars: number;
  };
  /** Order attachments (DESIGN §2, §3): replies' attachments and evidence, stored in the database. */
  attachments: {
    maxBytes: number;
  };
  /**
   * Effects outside the desk, delivered from the outbox (DESIGN §3 approve, Art. 15). Without a URL a message waits
   * for a person: replies for the export file, SMS for a phone call.
   */
  outbox: {
    /** The platform's endpoint for replies, return and extension requests; signed like the intake API. */
    platformUrl?: string;
    /** HMAC-SHA256 key of those requests (PLATFORM_SYNC_SECRET, else INTAKE_HMAC_SECRET). */
    platformSecret?: string;
    /** SMS gateway webhook (POST JSON with the clear phone, decrypted at send time). */
    smsWebhookUrl?: string;
    timeoutMs: number;
  };
}
