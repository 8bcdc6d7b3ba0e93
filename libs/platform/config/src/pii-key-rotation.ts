import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { AppConfig } from './app-config.js';
import { key32 } from './config.schema.js';
import { ConfigError, embeddedSecretsFile, loadConfig } from './load-config.js';

export interface PiiKeyRotationConfig {
  /** The storage settings (DATABASE_URL or the embedded database) and the key the data is under now. */
  config: AppConfig;
  from: Buffer;
  to: Buffer;
  /**
   * Embedded mode with the key generated into DATA_DIR (no PII_KEY given): the file that must hold the new key once
   * every value has moved, or the next start would read the data with the old one.
   */
  embeddedSecretsFile?: string;
}

const rotationSchema = z.object({ PII_KEY_NEW: key32 });

/**
 * `npm run pii:rotate`: the key the personal data is under now (PII_KEY, or the embedded one) and the key to move it
 * to (PII_KEY_NEW). The JWT secret and the other secrets are not needed.
 */
export function loadPiiKeyRotation(env: NodeJS.ProcessEnv = process.env): PiiKeyRotationConfig {
  const config = loadConfig(env, { requireSecrets: false });
  const parsed = rotationSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `PII_KEY_NEW: ${issue.message}`));
  const problems: string[] = [];
  if (config.piiKey.length !== 32) problems.push('PII_KEY: required — the key the personal data is encrypted with now');
  const to = parsed.data.PII_KEY_NEW;
  if (!to) problems.push('PII_KEY_NEW: required — the key to move the personal data to (openssl rand -hex 32)');
  else if (config.piiKey.equals(to)) problems.push('PII_KEY_NEW: is the same key as PII_KEY');
  if (problems.length) throw new ConfigError(problems);
  return {
    config,
    from: config.piiKey,
    to: to!,
    embeddedSecretsFile: config.embedded && !env.PII_KEY ? embeddedSecretsFile(config.dataDir) : undefined,
  };
}

/** Replaces the embedded mode's stored PII key (written aside and renamed, so a crash leaves one whole file). */
export function storeEmbeddedPiiKey(file: string, key: Buffer): void {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(`${file}.new`, JSON.stringify({ ...stored, piiKey: key.toString('hex') }, null, 2), { mode: 0o600 });
  renameSync(`${file}.new`, file);
}
