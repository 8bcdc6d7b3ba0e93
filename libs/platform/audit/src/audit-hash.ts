import { createHash } from 'node:crypto';

/**
 * One `audit_log` row as PostgreSQL returns it, keyed by column name so that "the hash covers every column" can be
 * checked against the table itself (audit-anchor int test). `id` is a bigint: a number through the desk's
 * DataSource (parseInt8), a string from nextval::text or a plain pg client; it is hashed as its decimal string.
 */
export interface AuditRecord {
  id: string | number;
  street_code: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash_version: AuditHashVersion;
}

export type AuditHashVersion = 1 | 2;

/** What new records are written with. Version 1 remains only for records written before issue 13. */
export const CURRENT_HASH_VERSION = 2 satisfies AuditHashVersion;

/** Every column of `audit_log` except `hash` itself: version 2 hashes the whole row. */
export const AUDIT_V2_COLUMNS = [
  'id', 'street_code', 'at', 'actor_id', 'actor_name', 'actor_role', 'action', 'entity_type', 'entity_id',
  'before', 'after', 'request_id', 'ip', 'prev_hash', 'hash_version',
] as const satisfies readonly (keyof AuditRecord)[];

export const GENESIS_HASH = '0'.repeat(64);

/** The stored hash a record must carry, by the version it was written with. */
export function auditRecordHash(record: AuditRecord): string {
  return record.hash_version === 1 ? auditHashV1(record) : auditHashV2(record);
}

/**
 * Version 2: SHA-256 over the canonical JSON of every column by its name. Covering `id` ties a checkpoint's id to
 * its row, `ip` and `hash_version` can no longer be edited unseen (issue 13 item 6).
 */
export function auditHashV2(record: AuditRecord): string {
  const row: Record<string, unknown> = {};
  for (const column of AUDIT_V2_COLUMNS) row[column] = record[column] ?? null;
  row.id = String(record.id);
  return sha256(canonicalJson(row));
}

/**
 * Version 1, frozen: the fields the first release hashed, under their original names, so that records written
 * then still verify. It leaves out `id` and `ip`.
 */
export function auditHashV1(record: AuditRecord): string {
  return sha256(canonicalJson({
    streetCode: record.street_code, at: record.at.toISOString(), actorId: record.actor_id, actorName: record.actor_name,
    actorRole: record.actor_role, action: record.action, entityType: record.entity_type, entityId: record.entity_id,
    before: record.before, after: record.after, requestId: record.request_id, prevHash: record.prev_hash,
  }));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted at every level, so a hash does not depend on the key order jsonb happens to store. */
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
