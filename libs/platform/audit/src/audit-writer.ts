import type { EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { auditRecordHash, CURRENT_HASH_VERSION, GENESIS_HASH, toJsonValue, type AuditRecord } from './audit-hash.js';

/** What changed: one record per state change of an order, a roster, a review, a user, a setting… */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditMeta {
  at: Date;
  requestId: string | null;
  ip: string | null;
}

/**
 * Appends entries to the street's audit chain inside the caller's transaction. A transaction-scoped advisory lock
 * per street serialises writers so that every record's prev_hash is the committed record before it; the lock is
 * released at commit or rollback, so a rolled-back record never becomes anyone's predecessor. Ids are drawn under
 * the lock too, before the insert, because the hash covers them: within a street they then rise in commit order,
 * which is what lets a checkpoint name the chain's head by id.
 */
export async function appendAudit(manager: EntityManager, actor: Actor, entries: AuditEntry[], meta: AuditMeta): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit:' || $1))`, [actor.streetCode]);
  // After the lock, in a statement of its own: a statement's snapshot is taken when it starts, so the head read in
  // the locking statement could predate the commit the lock waited for.
  const [{ head, ids }] = (await manager.query(
    `SELECT (SELECT hash FROM audit_log WHERE street_code = $1 ORDER BY id DESC LIMIT 1) AS head,
            ARRAY(SELECT n::text FROM (SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS n FROM generate_series(1, $2)) s ORDER BY n) AS ids`,
    [actor.streetCode, entries.length],
  )) as { head: string | null; ids: string[] }[];
  let prevHash = head ?? GENESIS_HASH;
  const records = entries.map((entry, i) => {
    const record: AuditRecord = {
      id: ids[i]!,
      street_code: actor.streetCode,
      at: meta.at,
      actor_id: actor.id,
      actor_name: actor.username,
      actor_role: actor.role,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      request_id: meta.requestId,
      ip: meta.ip,
      prev_hash: prevHash,
      hash_version: CURRENT_HASH_VERSION,
    };
    const hash = auditRecordHash(record);
    prevHash = hash;
    return { record, hash };
  });
  // One statement for the whole transaction's records (an import batch writes hundreds).
  const column = <T>(pick: (r: AuditRecord) => T) => records.map(({ record }) => pick(record));
  await manager.query(
    `INSERT INTO audit_log (id, street_code, at, actor_id, actor_name, actor_role, action, entity_type, entity_id,
                            before, after, request_id, ip, prev_hash, hash_version, hash)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::text[], $10::jsonb[], $11::jsonb[], $12::text[], $13::text[], $14::text[], $15::int[], $16::text[])`,
    [
      column((r) => r.id), column((r) => r.street_code), column((r) => r.at), column((r) => r.actor_id), column((r) => r.actor_name),
      column((r) => r.actor_role), column((r) => r.action), column((r) => r.entity_type), column((r) => r.entity_id),
      column((r) => JSON.stringify(r.before)), column((r) => JSON.stringify(r.after)), column((r) => r.request_id), column((r) => r.ip),
      column((r) => r.prev_hash), column((r) => r.hash_version), records.map(({ hash }) => hash),
    ],
  );
}
