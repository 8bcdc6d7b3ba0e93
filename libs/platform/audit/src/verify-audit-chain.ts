import type { DataSource } from 'typeorm';
import { auditHash, GENESIS_HASH } from './audit-hash.js';

export interface ChainVerdict {
  streetCode: string;
  records: number;
  ok: boolean;
  /** The first record whose stored hash or link does not match: everything from here on is untrustworthy. */
  firstBroken?: { id: number; reason: 'hash_mismatch' | 'link_mismatch'; expected: string; found: string };
}

interface AuditRow {
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
  prev_hash: string;
  hash: string;
}

/** Recomputes every street's chain in id order, a page at a time, and reports the first broken link per street. */
export async function verifyAuditChain(dataSource: DataSource, pageSize = 2000): Promise<ChainVerdict[]> {
  const streets = (await dataSource.query('SELECT DISTINCT street_code FROM audit_log ORDER BY street_code')) as { street_code: string }[];
  const verdicts: ChainVerdict[] = [];
  for (const { street_code: streetCode } of streets) {
    verdicts.push(await verifyStreet(dataSource, streetCode, pageSize));
  }
  return verdicts;
}

async function verifyStreet(dataSource: DataSource, streetCode: string, pageSize: number): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let records = 0;
  for (;;) {
    const rows = (await dataSource.query(
      'SELECT * FROM audit_log WHERE street_code = $1 AND id > $2 ORDER BY id LIMIT $3',
      [streetCode, lastId, pageSize],
    )) as AuditRow[];
    if (rows.length === 0) return { streetCode, records, ok: true };
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== expectedPrev) {
        return { streetCode, records, ok: false, firstBroken: { id, reason: 'link_mismatch', expected: expectedPrev, found: row.prev_hash } };
      }
      const recomputed = auditHash({
        streetCode: row.street_code, at: row.at, actorId: row.actor_id, actorName: row.actor_name,
        actorRole: row.actor_role, action: row.action, entityType: row.entity_type, entityId: row.entity_id,
        before: row.before, after: row.after, requestId: row.request_id, prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) {
        return { streetCode, records, ok: false, firstBroken: { id, reason: 'hash_mismatch', expected: recomputed, found: row.hash } };
      }
      expectedPrev = row.hash;
      lastId = id;
      records++;
    }
  }
}
