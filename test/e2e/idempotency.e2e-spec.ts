import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@app/clock';
import { signIntakeRequest } from '@app/intake';
import { HousekeepingJob } from '@app/system';
import { createTestApp, testConfig, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

// Issue 13 item 10: a create sent again with the same Idempotency-Key — a double click, a retry after a lost
// answer, a platform resend — answers with the first result instead of making a second order.
const SECRET = 'idempotency-shared-secret-'.padEnd(48, 'k');
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let desk: OrderDesk;
let seq = 0;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false, config: testConfig({ INTAKE_HMAC_SECRET: SECRET }) });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor'], phonePrefix: '1398810' });
});
afterAll(async () => t?.close());

/** A manual-intake body whose content names it, so the test can count the orders made from it. */
function marked(overrides: Record<string, unknown> = {}) {
  const marker = `幂等测试${++seq}号`;
  return { marker, body: desk.orderBody({ content: `黑窑厂街12号院楼道堆放杂物，${marker}，请尽快清理。`, ...overrides }) };
}

const intake = (user: string, body: unknown, key?: string) => {
  const req = t.http.post('/api/orders').set(desk.as(user));
  return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body as object);
};

async function ordersWith(marker: string): Promise<string[]> {
  const rows = (await t.dataSource.query(`SELECT id FROM work_order WHERE content LIKE $1 ORDER BY created_at`, [`%${marker}%`])) as { id: string }[];
  return rows.map((r) => r.id);
}

describe('POST /api/orders with Idempotency-Key', () => {
  it('when the same form is sent twice with one key, then both answers are the first 201 and the list holds one order', async () => {
    const { marker, body } = marked();
    const key = randomUUID();
    const first = await intake('operator', body, key);
    // The same fields in another order: the same request.
    const again = await intake('operator', Object.fromEntries(Object.entries(body).reverse()), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.headers['idempotent-replayed']).toBe('true');
    const list = await t.http.get(`/api/orders?q=${encodeURIComponent(marker)}`).set(desk.as('operator'));
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([first.body.id]);
    expect(await ordersWith(marker)).toEqual([first.body.id]);
  });

  it('when the key comes again with a different body, then 422 IDEMPOTENCY_KEY_REUSED and no second order', async () => {
    const { marker, body } = marked();
    const key = randomUUID();
    const first = await intake('operator', body, key);
    const changed = await intake('operator', { ...body, address: '黑窑厂街14号院' }, key);
    expect(first.status).toBe(201);
    expect(changed.status).toBe(422);
    expect(changed.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('幂等键') });
    expect(await ordersWith(marker)).toEqual([first.body.id]);
  });

  it('when ten requests with one key arrive at once, then exactly one order is made and every answer carries its id', async () => {
    const { marker, body } = marked();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => intake('operator', body, key)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const orders = await ordersWith(marker);
    expect(orders).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.id))).toEqual(new Set(orders));
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
  });

  it('when another user sends the same key, then they get an order of their own', async () => {
    const { marker, body } = marked();
    const key = 'shared-key-1';
    const operator = await intake('operator', body, key);
    const supervisor = await intake('supervisor', body, key);
    expect([operator.status, supervisor.status]).toEqual([201, 201]);
    expect(supervisor.body.id).not.toBe(operator.body.id);
    expect((await ordersWith(marker)).sort()).toEqual([operator.body.id, supervisor.body.id].sort());
  });

  it('when the first send is refused, then the key stays free and the corrected form with it makes the order', async () => {
    const { marker, body } = marked();
    const key = randomUUID();
    // Refused inside the transaction (after the key was claimed): the claim rolls back with it.
    const refused = await intake('operator', { ...body, category: '不存在/的/分类' }, key);
    expect(refused.status).toBe(400);
    const fixed = await intake('operator', body, key);
    expect(fixed.status).toBe(201);
    expect(await ordersWith(marker)).toEqual([fixed.body.id]);
  });

  it.each([
    ['empty', ''],
    ['longer than 200 characters', 'k'.repeat(201)],
    ['not ASCII', 'clé-1'],
  ])('when the key is %s, then 400 IDEMPOTENCY_KEY_INVALID and nothing is made', async (_name, key) => {
    const { marker, body } = marked();
    const res = await intake('operator', body, key);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID', message: expect.stringContaining('Idempotency-Key') });
    expect(await ordersWith(marker)).toEqual([]);
  });

  it('when no key is sent, then each send makes an order (as before)', async () => {
    const { marker, body } = marked();
    expect((await intake('operator', body)).status).toBe(201);
    expect((await intake('operator', body)).status).toBe(201);
    expect(await ordersWith(marker)).toHaveLength(2);
  });
});

describe('POST /api/intake/orders (signed) with Idempotency-Key', () => {
  let upstreamSeq = 0;
  const platformOrder = (overrides: Record<string, unknown> = {}) => ({
    upstreamNo: `IDEM20261125${String(++upstreamSeq).padStart(3, '0')}`,
    channel: 'hotline',
    receivedAt: '2026-11-25T09:40:00+08:00',
    citizenPhone: `1398820${String(1000 + upstreamSeq).slice(-4)}`,
    address: '龙泉胡同17号',
    type: 'complaint',
    content: '龙泉胡同17号门口长期有车辆占用消防通道停放，请处理。',
    ...overrides,
  });
  /** Signed as the platform signs, at the clock's now: each resend is signed afresh (a signature is never replayed). */
  const send = (body: unknown, key: string | undefined, secret = SECRET) => {
    const text = JSON.stringify(body);
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const req = t.http
      .post('/api/intake/orders')
      .set('content-type', 'application/json')
      .set('x-hd-timestamp', timestamp)
      .set('x-hd-signature', signIntakeRequest(secret, timestamp, text));
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(text);
  };

  it('when the platform resends an order with the same key, then it gets the first answer again (201, created) and one order exists', async () => {
    const body = platformOrder();
    const key = randomUUID();
    const first = await send(body, key);
    clock.advance(1000);
    const again = await send(body, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ upstreamNo: body.upstreamNo, created: true });
    // Without the key a resend is 200 "already there"; with it, the very answer the first send got.
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM work_order WHERE upstream_no = $1', [body.upstreamNo]);
    expect(n).toBe(1);
  });

  it('when the platform reuses a key for another order, then 422 IDEMPOTENCY_KEY_REUSED and the other order is not made', async () => {
    const key = randomUUID();
    expect((await send(platformOrder(), key)).status).toBe(201);
    clock.advance(1000);
    const other = platformOrder();
    const res = await send(other, key);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await t.dataSource.query('SELECT 1 FROM work_order WHERE upstream_no = $1', [other.upstreamNo])).toEqual([]);
  });

  it('when the platform and a desk user use the same key, then neither sees the other’s answer', async () => {
    const key = 'shared-key-2';
    const { body } = marked();
    const platform = await send(platformOrder(), key);
    const operator = await intake('operator', body, key);
    expect([platform.status, operator.status]).toEqual([201, 201]);
    expect(operator.body.id).not.toBe(platform.body.id);
  });

  it('when the signature is wrong, then 401 comes before any look at the key', async () => {
    const res = await send(platformOrder(), '', 'a-wrong-secret-'.padEnd(40, 'x'));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INTAKE_SIGNATURE_INVALID');
  });
});

// Last: it moves the clock a day on.
describe('expiry', () => {
  it('when 24 hours have passed, then the key starts afresh, and housekeeping prunes the expired keys', async () => {
    const { marker, body } = marked();
    const key = randomUUID();
    const first = await intake('operator', body, key);
    clock.advance(24 * 3600_000);
    const later = await intake('operator', body, key);
    expect([first.status, later.status]).toEqual([201, 201]);
    expect(later.body.id).not.toBe(first.body.id);
    expect(await ordersWith(marker)).toHaveLength(2);

    clock.advance(1000);
    const outcome = (await new HousekeepingJob(t.dataSource, clock).handle()) as { idempotencyKeys: number };
    expect(outcome.idempotencyKeys).toBeGreaterThan(0);
    const left = (await t.dataSource.query('SELECT expires_at FROM idempotency_key')) as { expires_at: Date }[];
    expect(left.every((row) => row.expires_at > clock.now())).toBe(true);
    expect(left.length).toBeGreaterThan(0); // the second send's key, 24 h from its own use
  });
});
