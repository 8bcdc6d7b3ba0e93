import { createHash } from 'node:crypto';

/** The fields of an audit record that the hash covers; `prevHash` chains it to the record before it. */
export interface AuditHashInput {
  streetCode: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over a canonical JSON form: object keys sorted at every level, so the hash does not depend on the key
 * order that jsonb happens to store.
 */
export function auditHash(input: AuditHashInput): string {
  const canonical = canonicalJson({ ...input, at: input.at.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return '{' + entries.map(([k, v]) => JSON.stringify(k) + ':' + canonicalJson(v)).join(',') + '}';
  }
  return JSON.stringify(value);
}

/** Values are stored as jsonb; normalise them first (Dates to strings, undefined dropped) so write and verify agree. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
