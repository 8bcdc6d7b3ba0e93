import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { ManualClock } from '@app/clock';
import { Tenancy, TransactionRunner } from '@app/database';
import { createTestApp, type TestApp } from '@app/testing';
import { AuditAnchorJob } from '../../../system/src/audit-anchor.job.js';
import { AuditVerifyJob } from '../../../system/src/audit-verify.job.js';
import { createAnchorStore, type AuditAnchorStore } from './anchor/index.js';
import { AUDIT_V2_COLUMNS, auditHashV1, auditHashV2, GENESIS_HASH, type AuditRecord } from './audit-hash.js';
import { appendAudit } from './audit-writer.js';
import { verifyAuditChain, type ChainVerdict } from './verify-audit-chain.js';

/**
 * Issue 13 item 6: columns outside the hash (`ip`) could be edited, and the newest records deleted, unseen. Each test
 * writes its own street's chain (street codes no other file uses) and tampers with it as someone who can disable the
 * append-only trigger would.
 */
const exec = promisify(execFile);
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let ds: DataSource;
let anchors: AuditAnchorStore;

beforeAll(async () => {
  t = await createTestApp();
  ds = t.dataSource;
  anchors = createAnchorStore(t.config); // Redis, under this file's own QUEUE_PREFIX
});
afterAll(async () => {
  // Other files in this worker's database expect every chain to verify.
  if (ds) await behindTheTrigger(`DELETE FROM audit_log WHERE street_code LIKE '99000000_'`, []);
  await anchors?.close();
  await t?.close();
});

const actorOf = (streetCode: string): Actor => ({ id: null, username: 'tamper-test', displayName: '测试', role: 'system', unitId: null, streetCode });

/** Appends `n` records to the street's chain, one transaction each, as the desk does; returns their ids. */
async function write(streetCode: string, n: number): Promise<number[]> {
  for (let i = 0; i < n; i++) {
    clock.advance(60_000);
    await ds.transaction((m) => appendAudit(m, actorOf(streetCode), [{ action: 'order.sign', entityType: 'order', entityId: `o${i}`, after: { i } }], {
      at: clock.now(), requestId: `req-${i}`, ip: '10.1.1.1',
    }));
  }
  return idsOf(streetCode);
}

async function idsOf(streetCode: string): Promise<number[]> {
  return ((await ds.query('SELECT id FROM audit_log WHERE street_code = $1 ORDER BY id', [streetCode])) as { id: string }[]).map((r) => Number(r.id));
}

/** What only a superuser or the table's owner can do: run a statement with the append-only trigger off. */
async function behindTheTrigger(sql: string, params: unknown[]): Promise<void> {
  await ds.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
  try {
    await ds.query(sql, params);
  } finally {
    await ds.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  }
}

async function verdictOf(streetCode: string, withCheckpoints = true): Promise<ChainVerdict> {
  const verdicts = await verifyAuditChain(ds, { checkpoints: withCheckpoints ? await anchors.recent() : [] });
  return verdicts.find((v) => v.streetCode === streetCode)!;
}

function cli(): Promise<{ code?: number; stdout: string }> {
  return exec(process.execPath, ['--import', 'tsx', 'libs/system/src/cli/verify-records.ts'], {
    env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: t.config.redis.url, QUEUE_PREFIX: t.config.queue.prefix },
  }).catch((e: { code: number; stdout: string }) => e);
}

describe('audit hash version 2', () => {
  it('when audit_log gains a column, then the version 2 hash covers it too', async () => {
    const columns = (await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_log'`)) as { column_name: string }[];
    expect(columns.map((c) => c.column_name).filter((c) => c !== 'hash').sort()).toEqual([...AUDIT_V2_COLUMNS].sort());
  });

  it('when a chain holds records written before the migration (version 1) and after it (version 2), then it verifies', async () => {
    const street = '990000001';
    // Version 1 records as the first release wrote them: the id came from the insert and was not hashed.
    let prev = GENESIS_HASH;
    for (const i of [0, 1]) {
      const [{ id }] = (await ds.query(`SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id`)) as { id: string }[];
      const record: AuditRecord = {
        id, street_code: street, at: new Date(`2026-11-20T0${i}:00:00.000Z`), actor_id: null, actor_name: 'old', actor_role: 'system',
        action: 'user.login', entity_type: 'app_user', entity_id: null, before: null, after: { i }, request_id: null, ip: '10.9.9.9',
        prev_hash: prev, hash_version: 1,
      };
      const hash = auditHashV1(record);
      await ds.query(
        `INSERT INTO audit_log (id, street_code, at, actor_id, actor_name, actor_role, action, entity_type, entity_id, before, after,
                                request_id, ip, prev_hash, hash_version, hash)
         VALUES ($1, $2, $3, NULL, 'old', 'system', 'user.login', 'app_user', NULL, 'null'::jsonb, $4::jsonb, NULL, $5, $6, 1, $7)`,
        [record.id, street, record.at, JSON.stringify(record.after), record.ip, prev, hash],
      );
      prev = hash;
    }
    await write(street, 2);
    await new AuditAnchorJob(ds, clock, anchors).handle();

    const versions = (await ds.query('SELECT hash_version FROM audit_log WHERE street_code = $1 ORDER BY id', [street])) as { hash_version: number }[];
    expect(versions.map((v) => v.hash_version)).toEqual([1, 1, 2, 2]);
    expect(await verdictOf(street)).toMatchObject({ ok: true, records: 4, checkpoints: 1 });
  });

  it.each([
    ['the client address (ip)', `ip = '203.0.113.9'`, 'hash_mismatch', '990000002'],
    ['the request id', `request_id = 'forged'`, 'hash_mismatch', '990000003'],
    ['the hash version, to the one that leaves ip out', 'hash_version = 1', 'version_downgrade', '990000004'],
  ])('when %s of a record is edited, then verification names that record', async (_what, set, reason, street) => {
    const ids = await write(street, 3);
    expect((await verdictOf(street)).ok).toBe(true);
    await behindTheTrigger(`UPDATE audit_log SET ${set} WHERE id = $1`, [ids[1]]);
    expect((await verdictOf(street)).firstBroken).toMatchObject({ id: ids[1], reason });
  });

  it('when a version 2 record is rewritten and hashed again, then its successor no longer links to it', async () => {
    const street = '990000005';
    const ids = await write(street, 3);
    const [row] = (await ds.query('SELECT * FROM audit_log WHERE id = $1', [ids[1]])) as AuditRecord[];
    await behindTheTrigger('UPDATE audit_log SET ip = $2, hash = $3 WHERE id = $1', [ids[1], '203.0.113.9', auditHashV2({ ...row, ip: '203.0.113.9' })]);
    expect((await verdictOf(street)).firstBroken).toMatchObject({ id: ids[2], reason: 'link_mismatch' });
  });
});

describe('audit checkpoints', () => {
  it('when the newest records are deleted after a checkpoint, then the checkpoint names the missing record, and the verify job and the CLI say so', async () => {
    const street = '990000006';
    const ids = await write(street, 4);
    const checkpoint = (await new AuditAnchorJob(ds, clock, anchors).handle()) as { at: string };
    expect((await anchors.recent())[0].heads).toContainEqual({ streetCode: street, id: ids[3], hash: expect.any(String) });

    await behindTheTrigger('DELETE FROM audit_log WHERE id = ANY($1::bigint[])', [ids.slice(2)]);
    // The chain that is left is intact: only the checkpoint shows that its end was cut.
    expect((await verdictOf(street, false)).ok).toBe(true);
    expect(await verdictOf(street)).toMatchObject({ ok: false, records: 2, firstBroken: { id: ids[3], reason: 'checkpoint_missing', checkpointAt: checkpoint.at } });

    const job = new AuditVerifyJob(ds, clock, t.app.get(TransactionRunner), t.app.get(Tenancy), anchors);
    const result = (await job.handle({ verificationId: null, requestedBy: null })) as { ok: boolean; verdicts: ChainVerdict[] };
    expect(result.ok).toBe(false);
    expect(result.verdicts.find((v) => v.streetCode === street)!.firstBroken).toMatchObject({ id: ids[3], reason: 'checkpoint_missing' });

    const run = await cli();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`street ${street}: BROKEN at audit_log.id = ${ids[3]} (checkpoint_missing)`);
  });

  it('when a street\'s whole chain is deleted after a checkpoint, then the street is still reported', async () => {
    const street = '990000007';
    const ids = await write(street, 2);
    await new AuditAnchorJob(ds, clock, anchors).handle();
    await behindTheTrigger('DELETE FROM audit_log WHERE street_code = $1', [street]);
    expect(await verdictOf(street)).toMatchObject({ ok: false, records: 0, firstBroken: { id: ids[1], reason: 'checkpoint_missing' } });
  });

  it('when the chain\'s end is rewritten and hashed again after a checkpoint, then the checkpoint\'s hash differs', async () => {
    const street = '990000008';
    const ids = await write(street, 3);
    await new AuditAnchorJob(ds, clock, anchors).handle();
    const [row] = (await ds.query('SELECT * FROM audit_log WHERE id = $1', [ids[2]])) as (AuditRecord & { hash: string })[];
    const forged = auditHashV2({ ...row, ip: '203.0.113.9' });
    await behindTheTrigger('UPDATE audit_log SET ip = $2, hash = $3 WHERE id = $1', [ids[2], '203.0.113.9', forged]);
    expect((await verdictOf(street, false)).ok).toBe(true);
    expect((await verdictOf(street)).firstBroken).toMatchObject({ id: ids[2], reason: 'checkpoint_mismatch', expected: row.hash, found: forged });
  });

  it('when records were appended after the last checkpoint, then the chain still verifies against it', async () => {
    const street = '990000009';
    await write(street, 2);
    await new AuditAnchorJob(ds, clock, anchors).handle();
    await write(street, 2);
    expect(await verdictOf(street)).toMatchObject({ ok: true, records: 4 });
  });
});
