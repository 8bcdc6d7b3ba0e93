import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk } from '../support/order-desk.js';
import { databaseUrl, dropDatabase, onServer, openDataSource, runCli, runProgram, scratchDatabaseName } from '../support/operations.js';

/**
 * README "Operations", backup and restore: a custom-format pg_dump of a database the desk has worked in, taken while
 * the desk runs, restored with pg_restore into a fresh database, passes `npm run audit:verify` and holds the same
 * orders and timelines. The restored copy is then tampered with, and the verification names the record.
 */
const clock = new ManualClock('2026-11-26T02:00:00Z'); // Thursday 10:00 in Beijing
const VERIFY = 'libs/system/src/cli/verify-records.ts';
const RESTORED = scratchDatabaseName('restored');
const pass = DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' }));

let t: TestApp;
let restored: DataSource | undefined;
let dir: string;
let dump: string;

/** What must survive a restore: the orders as rows and each one's timeline, and the audit trail as written. */
async function contents(ds: DataSource) {
  return {
    orders: await ds.query(
      `SELECT id, upstream_no, local_no, status, version, lead_unit_id, citizen_name_enc, citizen_phone_enc, citizen_phone_hash, content
         FROM work_order ORDER BY id`,
    ),
    timelines: await ds.query('SELECT id, order_id, action, from_status, to_status, at, payload FROM order_event ORDER BY id'),
    audit: await ds.query('SELECT id, action, entity_id, prev_hash, hash FROM audit_log ORDER BY id'),
  };
}

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false, ownDatabase: 'backup' });
  const desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'reviewer', 'unit.cgb'], phonePrefix: '1396677' });
  const reply = () => ({ content: '已处理并告知诉求人。', contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [] });
  const path: [string, string, () => Record<string, unknown>][] = [
    ['operator', 'sign', () => ({})],
    ['supervisor', 'dispatch', () => ({ leadUnitId: desk.units.CGB })],
    ['unit.cgb', 'reply', reply],
    ['reviewer', 'approve', () => ({ checklist: pass })],
  ];
  // Three orders, each taken a different distance along the lifecycle.
  for (let depth = 1; depth <= 3; depth++) {
    const id = await desk.intake();
    for (const [user, action, body] of path.slice(0, depth + 1)) {
      clock.advance(10 * 60_000);
      expect((await desk.act(user, id, action, body())).status).toBe(200);
    }
  }
  dir = mkdtempSync(join(tmpdir(), 'hd-backup-'));
  dump = join(dir, 'desk.dump');
});

afterAll(async () => {
  await restored?.destroy();
  await dropDatabase(RESTORED);
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backup with pg_dump, restore with pg_restore', () => {
  it('when the dump is restored into a fresh database, then audit:verify passes and the orders and timelines are the same', async () => {
    // pg_dump refuses a server newer than itself; say so plainly rather than through a failed restore.
    const version = await runProgram('pg_dump', ['--version']);
    const [{ server_version_num: server }] = await t.dataSource.query('SHOW server_version_num');
    expect({ pgDumpMajor: Number(/(\d+)\.\d+/.exec(version.stdout)?.[1]) >= Math.floor(Number(server) / 10000) }).toEqual({ pgDumpMajor: true });

    // Taken while the desk runs: pg_dump reads one consistent snapshot.
    const dumped = await runProgram('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, `--dbname=${t.config.database.url}`]);
    expect(dumped).toMatchObject({ code: 0, stderr: '' });
    expect(statSync(dump).size).toBeGreaterThan(0);

    await dropDatabase(RESTORED);
    await onServer(`CREATE DATABASE ${RESTORED}`);
    const restore = await runProgram('pg_restore', ['--exit-on-error', '--no-owner', `--dbname=${databaseUrl(RESTORED)}`, dump]);
    expect(restore).toMatchObject({ code: 0, stderr: '' });

    const verify = await runCli(VERIFY, { DATABASE_URL: databaseUrl(RESTORED) });
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.stdout).toMatch(/street \d+: \d+ records, chain intact/);
    expect(verify.stdout).toContain('orders: 3 orders equal the replay of their timelines');

    restored = await openDataSource(databaseUrl(RESTORED));
    const copy = await contents(restored);
    expect(copy).toEqual(await contents(t.dataSource));
    expect(copy.timelines.length).toBeGreaterThanOrEqual(3 + 2 + 3 + 4);
  });

  it('when an audit record in the restored copy is edited behind the trigger’s back, then audit:verify exits 2 naming it', async () => {
    const rows = (await restored!.query(`SELECT id FROM audit_log WHERE action LIKE 'order.%' ORDER BY id`)) as { id: string }[];
    const victim = Number(rows[Math.floor(rows.length / 2)].id);
    // The copy came back with its append-only trigger…
    await expect(restored!.query('UPDATE audit_log SET action = action WHERE id = $1', [victim])).rejects.toThrow(/append-only/);
    // …so this is done as a superuser holding the database would: the replica role skips the trigger.
    await restored!.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query(`UPDATE audit_log SET after = jsonb_set(after, '{tampered}', 'true') WHERE id = $1`, [victim]);
    });

    const verify = await runCli(VERIFY, { DATABASE_URL: databaseUrl(RESTORED) });
    expect(verify.code).toBe(2);
    expect(verify.stdout).toContain(`BROKEN at audit_log.id = ${victim} (hash_mismatch)`);
  });
});
