import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { verifyAuditChain } from '@app/audit';
import { ManualClock } from '@app/clock';
import { CitizenPii } from '@app/orders';
import { StatsRefresher } from '@app/stats';
import { createTestApp, testConfig, waitUntil, type TestApp } from '@app/testing';
import { deskConnections, rotatePiiKey, surveyPii, UnreadablePiiError } from '../../libs/system/src/pii-rotation/rotate-pii-key.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { dropDatabase, openDataSource, runCli } from '../support/operations.js';

/**
 * `npm run pii:rotate` (README "Operations"): the data entered under one PII_KEY reads the same, and is found the
 * same, on a desk started with the new key after the command has run; a rerun is a no-op; a value neither key opens
 * stops it, named, with nothing written.
 */
const clock = new ManualClock('2026-11-26T02:00:00Z'); // Thursday 10:00 in Beijing
const OLD_KEY = testConfig().piiKey.toString('hex');
const NEW_KEY = '22'.repeat(32);
const oldPii = new CitizenPii(Buffer.from(OLD_KEY, 'hex'));
const newPii = new CitizenPii(Buffer.from(NEW_KEY, 'hex'));
const keys = { from: oldPii, to: newPii };
const CLI = 'libs/system/src/cli/rotate-pii-key.ts';

const CALLER = '13966610001';
const OTHER = '13966610002';

let first: TestApp;
let second: TestApp | undefined;
let ds: DataSource;
let url: string;
let callerOrders: string[];
let otherOrder: string;
let before: Map<string, PiiRow>;

interface PiiRow {
  id: string;
  citizen_name_enc: string | null;
  citizen_phone_enc: string | null;
  citizen_phone_hash: string | null;
}

const piiRows = async () =>
  new Map(((await ds.query('SELECT id, citizen_name_enc, citizen_phone_enc, citizen_phone_hash FROM work_order')) as PiiRow[]).map((r) => [r.id, r]));
const rotationAudits = async () => (await ds.query(`SELECT * FROM audit_log WHERE action = 'system.pii_key_rotated' ORDER BY id`)) as Record<string, any>[];
const closeDesk = async (t: TestApp) => {
  await t.app.close();
  await waitUntil(async () => (await deskConnections(ds)).length === 0, 10_000, () => 'the desk’s connections did not go away');
};

beforeAll(async () => {
  first = await createTestApp({ clock, runJobs: false, ownDatabase: 'pii_rotation' });
  url = first.config.database.url!;
  ds = await openDataSource(url);
  const desk = await openOrderDesk(first, clock, { users: ['operator', 'supervisor'], phonePrefix: '1396669' });
  callerOrders = [];
  for (const content of ['龙泉胡同9号院楼道灯坏了一个月，晚上看不见路。', '楼道灯还是没修，老人晚上摔了一跤。', '第三次反映楼道灯的问题，请尽快处理。']) {
    callerOrders.push(await desk.intake({ citizenName: '王某某', citizenPhone: CALLER, address: '龙泉胡同9号院', content }));
    clock.advance(60_000);
  }
  otherOrder = await desk.intake({ citizenName: '李某', citizenPhone: OTHER });
  // An order without a caller (巡查发现): nothing to move.
  await desk.intake({ channel: 'proactive', citizenName: undefined, citizenPhone: undefined });
  await first.app.get(StatsRefresher).refreshPending();
  before = await piiRows();
});

afterAll(async () => {
  await second?.app.close().catch(() => undefined);
  await first?.app.close().catch(() => undefined);
  await ds?.destroy();
  if (url) await dropDatabase(new URL(url).pathname.slice(1));
});

describe('npm run pii:rotate', () => {
  it('when the api still runs on the database, then the command refuses and writes nothing', async () => {
    const run = await runCli(CLI, { DATABASE_URL: url, PII_KEY: OLD_KEY, PII_KEY_NEW: NEW_KEY, REDIS_URL: '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/refused: stop the desk first, it still holds the old key \(hotline-desk-api × \d+\)/);
    expect(await piiRows()).toEqual(before);
    await closeDesk(first);
  });

  it('when run with the old and the new key, then every name, phone and phone hash moves, and the statistics facts follow', async () => {
    const run = await runCli(CLI, { DATABASE_URL: url, PII_KEY: OLD_KEY, PII_KEY_NEW: NEW_KEY, REDIS_URL: '' });
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain(`PII_KEY ${oldPii.keyId} → PII_KEY_NEW ${newPii.keyId}`);
    expect(run.stdout).toContain('orders: 5 read, 4 to move, 1 under the new key already');
    expect(run.stdout).toMatch(/rotated: 4 orders re-encrypted, 4 statistics facts re-hashed, 1 batches/);

    const after = await piiRows();
    for (const id of [...callerOrders, otherOrder]) {
      const was = before.get(id)!;
      const now = after.get(id)!;
      expect(now.citizen_name_enc).not.toBe(was.citizen_name_enc);
      expect(newPii.decrypt(now.citizen_name_enc)).toBe(oldPii.decrypt(was.citizen_name_enc));
      expect(newPii.decrypt(now.citizen_phone_enc)).toBe(oldPii.decrypt(was.citizen_phone_enc));
      expect(oldPii.tryDecrypt(now.citizen_phone_enc)).toBeUndefined();
      expect(now.citizen_phone_hash).toBe(newPii.phoneHash(oldPii.decrypt(was.citizen_phone_enc)));
    }
    // The facts carry the new hash before any refresh has run: no hash under the retired key is left.
    const stale = await ds.query(
      `SELECT f.order_id FROM stats_order_fact f JOIN work_order o ON o.id = f.order_id WHERE f.phone_hash IS DISTINCT FROM o.citizen_phone_hash`,
    );
    expect(stale).toEqual([]);

    const audits = await rotationAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor_role: 'system', actor_id: null, entity_type: 'pii_key', entity_id: newPii.keyId,
      before: { keyId: oldPii.keyId }, after: { keyId: newPii.keyId, workOrders: 4, statsFacts: 4 },
    });
    expect((await verifyAuditChain(ds)).every((v) => v.ok)).toBe(true);
  });

  it('when the desk starts with the new key, then it shows, finds and links the callers as before', async () => {
    second = await createTestApp({ clock, runJobs: false, config: testConfig({ DATABASE_URL: url, PII_KEY: NEW_KEY }) });
    const desk: OrderDesk = await openOrderDesk(second, clock, { users: ['operator', 'supervisor', 'leader'], phonePrefix: '1396668' });

    expect(await desk.detail(callerOrders[0], 'supervisor')).toMatchObject({ citizenName: '王某某', citizenPhone: CALLER, piiMasked: false });
    expect(await desk.detail(otherOrder, 'supervisor')).toMatchObject({ citizenName: '李某', citizenPhone: OTHER });

    // The operator's phone search goes by the keyed hash: the same caller, however the number is typed.
    const search = await second.http.get(`/api/orders?q=${encodeURIComponent('139 6661 0001')}`).set(desk.as('operator'));
    expect(search.status).toBe(200);
    expect(search.body.items.map((o: { id: string }) => o.id).sort()).toEqual([...callerOrders].sort());

    const duplicates = await second.http.post('/api/intake/duplicates/check').set(desk.as('operator')).send({ citizenPhone: CALLER });
    expect(duplicates.status).toBe(200);
    expect(duplicates.body.candidates.map((c: { orderId: string }) => c.orderId).sort()).toEqual([...callerOrders].sort());
    expect(duplicates.body.candidates[0]).toMatchObject({ citizenPhone: '139****0001', citizenName: '王**' });

    const hotspots = await second.http.get('/api/stats/hotspots?month=2026-11').set(desk.as('leader'));
    expect(hotspots.status).toBe(200);
    expect(hotspots.body.repeatCallers).toEqual([expect.objectContaining({ phone: '139****0001', count: 3, latestOrderId: callerOrders[2] })]);
  });

  it('when run again, then nothing moves and nothing is written', async () => {
    const rows = await piiRows();
    const audits = (await rotationAudits()).length;
    expect(await surveyPii(ds, keys)).toMatchObject({ toRekey: 0, unreadableCount: 0, current: rows.size });
    expect(await rotatePiiKey(ds, keys)).toMatchObject({ rekeyed: 0, statsFacts: 0 });
    expect(await piiRows()).toEqual(rows);
    expect(await rotationAudits()).toHaveLength(audits);
  });

  it('when a value is under a key neither side knows, then the command stops naming it and writes nothing', async () => {
    await closeDesk(second!);
    const stranger = new CitizenPii(Buffer.alloc(32, 0x33));
    await ds.query('UPDATE work_order SET citizen_phone_enc = $2 WHERE id = $1', [otherOrder, stranger.encrypt(OTHER)]);
    // Another order back under the old key: it would move, were the batch not stopped.
    const oldName = oldPii.encrypt('王某某');
    await ds.query('UPDATE work_order SET citizen_name_enc = $2 WHERE id = $1', [callerOrders[1], oldName]);

    const run = await runCli(CLI, { DATABASE_URL: url, PII_KEY: OLD_KEY, PII_KEY_NEW: NEW_KEY, REDIS_URL: '' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('UNREADABLE under both keys: 1 value(s), nothing was written');
    expect(run.stdout).toContain(`work_order.citizen_phone_enc id = ${otherOrder}`);
    expect((await piiRows()).get(callerOrders[1])!.citizen_name_enc).toBe(oldName);

    // Straight to the writing pass (as if the value went bad after the survey): that batch is rolled back.
    const error = await rotatePiiKey(ds, keys).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadablePiiError);
    expect((error as UnreadablePiiError).values).toEqual([{ table: 'work_order', id: otherOrder, column: 'citizen_phone_enc' }]);
    expect((await piiRows()).get(callerOrders[1])!.citizen_name_enc).toBe(oldName);
  });
});
