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
  const [last] = (await manager.query(
    'SELECT hash FROM audit_log WHERE street_code = $1 ORDER BY id DESC LIMIT 1',
    [actor.streetCode],
  )) as { hash: string }[];
  const ids = (await manager.query(
    `SELECT id::text FROM (SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id FROM generate_series(1, $1)) s ORDER BY s.id`,
    [entries.length],
  )) as { id: string }[];
  let prevHash = last?.hash ?? GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    const record: AuditRecord = {
      id: ids[i].id,
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
    await manager.query(
      `INSERT INTO audit_log (id, street_code, at, actor_id, actor_name, actor_role, action, entity_type, entity_id,
                              before, after, request_id, ip, prev_hash, hash_version, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, $13, $14, $15, $16)`,
      [
        record.id, record.street_code, record.at, record.actor_id, record.actor_name, record.actor_role, record.action,
        record.entity_type, record.entity_id, JSON.stringify(record.before), JSON.stringify(record.after),
        record.request_id, record.ip, record.prev_hash, record.hash_version, hash,
      ],
    );
    prevHash = hash;
  }
}
