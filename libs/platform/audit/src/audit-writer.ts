import type { EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { auditHash, GENESIS_HASH, toJsonValue } from './audit-hash.js';

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
 * released at commit or rollback, so a rolled-back record never becomes anyone's predecessor.
 */
export async function appendAudit(manager: EntityManager, actor: Actor, entries: AuditEntry[], meta: AuditMeta): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit:' || $1))`, [actor.streetCode]);
  const [last] = (await manager.query(
    'SELECT hash FROM audit_log WHERE street_code = $1 ORDER BY id DESC LIMIT 1',
    [actor.streetCode],
  )) as { hash: string }[];
  let prevHash = last?.hash ?? GENESIS_HASH;
  for (const entry of entries) {
    const record = {
      streetCode: actor.streetCode,
      at: meta.at,
      actorId: actor.id,
      actorName: actor.username,
      actorRole: actor.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      requestId: meta.requestId,
      prevHash,
    };
    const hash = auditHash(record);
    await manager.query(
      `INSERT INTO audit_log (street_code, at, actor_id, actor_name, actor_role, action, entity_type, entity_id,
                              before, after, request_id, ip, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13, $14)`,
      [
        record.streetCode, record.at, record.actorId, record.actorName, record.actorRole, record.action,
        record.entityType, record.entityId, JSON.stringify(record.before), JSON.stringify(record.after),
        record.requestId, meta.ip, prevHash, hash,
      ],
    );
    prevHash = hash;
  }
}
