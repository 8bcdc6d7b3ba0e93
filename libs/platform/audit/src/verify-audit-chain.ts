import type { DataSource } from 'typeorm';
import { auditRecordHash, GENESIS_HASH, type AuditRecord } from './audit-hash.js';
import type { AuditCheckpoint } from './anchor/audit-checkpoint.js';
import { checkpointBreak, headsByStreet } from './verify-checkpoints.js';

/**
 * Why a chain is not to be trusted from a record on: its hash does not match its columns, it does not link to the
 * record before it, it claims an older hash version than a record before it, or a checkpoint taken earlier names a
 * record that is gone (the chain's end was cut) or had another hash (the chain was rewritten and hashed again).
 */
export type BreakReason = 'hash_mismatch' | 'link_mismatch' | 'version_downgrade' | 'checkpoint_missing' | 'checkpoint_mismatch';

export interface ChainBreak {
  id: number;
  reason: BreakReason;
  expected: string;
  found: string;
  /** For the checkpoint reasons: when that checkpoint was taken. */
  checkpointAt?: string;
}

export interface ChainVerdict {
  streetCode: string;
  records: number;
  /** Checkpoints of this street compared with the table (distinct heads). */
  checkpoints: number;
  ok: boolean;
  /** The first record whose stored hash or link does not match: everything from here on is untrustworthy. */
  firstBroken?: ChainBreak;
}

export interface VerifyOptions {
  /** Checkpoints kept apart from the database (`AuditAnchorStore.recent()`); without them a cut tail goes unseen. */
  checkpoints?: readonly AuditCheckpoint[];
  pageSize?: number;
  /** Only this street's chain (a verification an admin asked for from the 审计 page); default: every street. */
  streetCode?: string;
  /** Told before the first page and after every page: records checked so far and the records there were when the walk began. */
  onProgress?: (progress: { checked: number; total: number }) => Promise<void> | void;
}

/**
 * Recomputes every street's chain in id order, a page at a time, each record by its own hash version, then checks
 * the street's checkpoints against the table. Reports the first break per street.
 */
export async function verifyAuditChain(dataSource: DataSource, options: VerifyOptions = {}): Promise<ChainVerdict[]> {
  const { checkpoints = [], pageSize = 2000, streetCode: only, onProgress } = options;
  const anchored = headsByStreet(checkpoints);
  if (only) for (const street of [...anchored.keys()]) if (street !== only) anchored.delete(street);
  const inTable = (await dataSource.query(
    `SELECT street_code, count(*)::int AS n FROM audit_log ${only ? 'WHERE street_code = $1' : ''} GROUP BY street_code`,
    only ? [only] : [],
  )) as { street_code: string; n: number }[];
  // A street whose every record was deleted is known only from its checkpoints.
  const streets = [...new Set([...inTable.map((r) => r.street_code), ...anchored.keys()])].sort();
  const progress = { checked: 0, total: inTable.reduce((sum, r) => sum + r.n, 0) };
  await onProgress?.(progress);
  const verdicts: ChainVerdict[] = [];
  for (const streetCode of streets) {
    const heads = anchored.get(streetCode) ?? [];
    const walked = await walkStreet(dataSource, streetCode, pageSize, async (page) => {
      progress.checked += page;
      await onProgress?.({ ...progress, total: Math.max(progress.total, progress.checked) });
    });
    const broken = walked.broken ?? (await checkpointBreak(dataSource, streetCode, heads));
    verdicts.push({ streetCode, records: walked.records, checkpoints: heads.length, ok: !broken, ...(broken ? { firstBroken: broken } : {}) });
  }
  return verdicts;
}

async function walkStreet(
  dataSource: DataSource,
  streetCode: string,
  pageSize: number,
  onPage: (records: number) => Promise<void>,
): Promise<{ records: number; broken?: ChainBreak }> {
  let expectedPrev = GENESIS_HASH;
  let version = 1;
  let lastId = 0;
  let records = 0;
  for (;;) {
    const rows = (await dataSource.query(
      'SELECT * FROM audit_log WHERE street_code = $1 AND id > $2 ORDER BY id LIMIT $3',
      [streetCode, lastId, pageSize],
    )) as (AuditRecord & { hash: string })[];
    if (rows.length === 0) return { records };
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== expectedPrev) {
        return { records, broken: { id, reason: 'link_mismatch', expected: expectedPrev, found: row.prev_hash } };
      }
      // Version 1 leaves columns out; once a street has version 2 records, a version 1 record after them was forged.
      if (row.hash_version < version) {
        return { records, broken: { id, reason: 'version_downgrade', expected: `v${version}`, found: `v${row.hash_version}` } };
      }
      const recomputed = auditRecordHash(row);
      if (recomputed !== row.hash) {
        return { records, broken: { id, reason: 'hash_mismatch', expected: recomputed, found: row.hash } };
      }
      expectedPrev = row.hash;
      version = row.hash_version;
      lastId = id;
      records++;
    }
    await onPage(rows.length);
  }
}
