import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { appendAudit, type AuditEntry } from '@app/audit';
// The two files this needs rather than @app/orders and @app/stats whole: the command starts in a third of the time.
import type { CitizenPii } from '../../../orders/src/pii/citizen-pii.js';
import { rotateOrderPiiBatch, type UnreadablePii } from '../../../orders/src/pii/rotate-order-pii.js';
import { copyOrderPhoneHashes } from '../../../stats/src/facts/fact-phone-hashes.js';

export interface PiiKeys {
  from: CitizenPii;
  to: CitizenPii;
}

export interface PiiSurvey {
  orders: number;
  /** Orders with a value still under the old key (or a stale phone hash). */
  toRekey: number;
  /** Orders wholly under the new key already. */
  current: number;
  /** Values neither key opens: how many, and the first of them. */
  unreadableCount: number;
  unreadable: UnreadablePii[];
}

export interface PiiRotationResult {
  orders: number;
  rekeyed: number;
  statsFacts: number;
  batches: number;
}

/** A value neither key opens: the rotation stops there, naming it, and the batch holding it is rolled back. */
export class UnreadablePiiError extends Error {
  constructor(readonly values: UnreadablePii[]) {
    super(`personal data that neither key opens: ${values.map((v) => `${v.table}.${v.column} id=${v.id}`).join(', ')}`);
    this.name = 'UnreadablePiiError';
  }
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
/** The desk's own processes (apps/api, apps/worker): they hold the key in memory and must be stopped first. */
const DESK_APPLICATIONS = ['hotline-desk-api', 'hotline-desk-worker'];

/**
 * Reads every order once without writing or locking: how many still need the new key, and every value neither key
 * opens (up to `maxUnreadable`). The command runs this first, so a wrong PII_KEY or a damaged value stops it before
 * a single row has moved.
 */
export async function surveyPii(dataSource: DataSource, keys: PiiKeys, { batchSize = 1000, maxUnreadable = 20 } = {}): Promise<PiiSurvey> {
  const survey: PiiSurvey = { orders: 0, toRekey: 0, current: 0, unreadableCount: 0, unreadable: [] };
  for (let after = FIRST_ID; ; ) {
    const batch = await rotateOrderPiiBatch(dataSource.manager, keys, { after, limit: batchSize, write: false });
    if (batch.lastId === null) return survey;
    survey.orders += batch.scanned;
    survey.toRekey += batch.rekeyed.length;
    survey.current += batch.scanned - batch.rekeyed.length - batch.unreadable.length;
    survey.unreadableCount += batch.unreadable.length;
    survey.unreadable.push(...batch.unreadable.slice(0, maxUnreadable - survey.unreadable.length));
    after = batch.lastId;
  }
}

/**
 * Moves every citizen's personal data from `keys.from` to `keys.to` (`npm run pii:rotate`): the orders' ciphertexts
 * and phone hashes, and the statistics facts' copy of the hash. One transaction per batch of orders, holding that
 * batch's audit record (one per street, actor system), so an interrupted run leaves whole batches behind and a rerun
 * skips what has moved. Throws UnreadablePiiError at the first value neither key opens.
 */
export async function rotatePiiKey(
  dataSource: DataSource,
  keys: PiiKeys,
  { batchSize = 1000, now = () => new Date() }: { batchSize?: number; now?: () => Date } = {},
): Promise<PiiRotationResult> {
  const result: PiiRotationResult = { orders: 0, rekeyed: 0, statsFacts: 0, batches: 0 };
  for (let after = FIRST_ID; ; ) {
    const lastId = await dataSource.transaction(async (m) => {
      const batch = await rotateOrderPiiBatch(m, keys, { after, limit: batchSize, write: true });
      if (batch.unreadable.length) throw new UnreadablePiiError(batch.unreadable);
      result.orders += batch.scanned;
      for (const [streetCode, ids] of byStreet(batch.rekeyed)) {
        const statsFacts = await copyOrderPhoneHashes(m, ids);
        result.rekeyed += ids.length;
        result.statsFacts += statsFacts;
        await appendAudit(m, systemActor(streetCode, 'pii-rotate'), [auditEntry(keys, ids, statsFacts)], { at: now(), requestId: null, ip: null });
      }
      return batch.lastId;
    });
    if (lastId === null) return result;
    result.batches++;
    after = lastId;
  }
}

/**
 * The api and worker processes connected to this database. They keep the old key in memory: while they run, what
 * they read back from moved rows fails to decrypt and what they write is under the old key, so the command refuses.
 */
export async function deskConnections(dataSource: DataSource): Promise<{ application: string; connections: number }[]> {
  return (await dataSource.query(
    `SELECT application_name AS application, count(*)::int AS connections FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = ANY($1::text[])
      GROUP BY application_name ORDER BY application_name`,
    [DESK_APPLICATIONS],
  )) as { application: string; connections: number }[];
}

function byStreet(rows: { id: string; streetCode: string }[]): Map<string, string[]> {
  const streets = new Map<string, string[]>();
  for (const row of rows) streets.set(row.streetCode, [...(streets.get(row.streetCode) ?? []), row.id]);
  return streets;
}

/** What the trail keeps of a batch: which keys (by fingerprint), how many rows and which range — never a value. */
function auditEntry(keys: PiiKeys, ids: string[], statsFacts: number): AuditEntry {
  return {
    action: 'system.pii_key_rotated',
    entityType: 'pii_key',
    entityId: keys.to.keyId,
    before: { keyId: keys.from.keyId },
    after: { keyId: keys.to.keyId, workOrders: ids.length, statsFacts, firstOrderId: ids[0], lastOrderId: ids[ids.length - 1] },
  };
}
