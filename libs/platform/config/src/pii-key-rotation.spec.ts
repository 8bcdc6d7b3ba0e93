import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config.js';
import { loadPiiKeyRotation, storeEmbeddedPiiKey } from './pii-key-rotation.js';

const OLD = 'ab'.repeat(32);
const NEW = 'cd'.repeat(32);
const server = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadPiiKeyRotation(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('loadPiiKeyRotation', () => {
  it('when both keys are given with DATABASE_URL, then it moves from PII_KEY to PII_KEY_NEW and needs no other secret', () => {
    const rotation = loadPiiKeyRotation({ ...server, PII_KEY: OLD, PII_KEY_NEW: Buffer.from(NEW, 'hex').toString('base64') });
    expect(rotation.from.toString('hex')).toBe(OLD);
    expect(rotation.to.toString('hex')).toBe(NEW);
    expect(rotation.embeddedSecretsFile).toBeUndefined();
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['PII_KEY is missing', { ...server, PII_KEY_NEW: NEW }, /^PII_KEY: required/],
    ['PII_KEY_NEW is missing', { ...server, PII_KEY: OLD }, /^PII_KEY_NEW: required/],
    ['PII_KEY_NEW is not 32 bytes', { ...server, PII_KEY: OLD, PII_KEY_NEW: 'short' }, /^PII_KEY_NEW: expected 32 random bytes/],
    ['both keys are the same', { ...server, PII_KEY: OLD, PII_KEY_NEW: OLD }, /^PII_KEY_NEW: is the same key as PII_KEY/],
  ])('when %s, then it refuses naming the variable', (_, env, message) => {
    expect(problemsOf(env)).toEqual([expect.stringMatching(message)]);
  });

  it('when the embedded key is in DATA_DIR, then it is the old key and its file is where the new one goes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hd-rotate-'));
    const generated = loadConfig({ DATA_DIR: dir });
    const rotation = loadPiiKeyRotation({ DATA_DIR: dir, PII_KEY_NEW: NEW });
    expect(rotation.from.equals(generated.piiKey)).toBe(true);
    expect(rotation.embeddedSecretsFile).toBe(join(dir, 'secrets.json'));

    storeEmbeddedPiiKey(rotation.embeddedSecretsFile!, rotation.to);
    const after = loadConfig({ DATA_DIR: dir });
    expect(after.piiKey.toString('hex')).toBe(NEW);
    expect(after.auth.jwtSecret).toBe(generated.auth.jwtSecret);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).piiKey).toBe(NEW);
  });
});
