import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

// Requests a careless user or a prober sends: each must be refused with a 4xx and a code, never a 500 (issue 13 §5).
const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
let t: TestApp;
let desk: OrderDesk;
const orderCount = async (): Promise<number> => (await t.dataSource.query('SELECT count(*)::int AS n FROM work_order'))[0].n;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'leader'], phonePrefix: '1390013' });
});
afterAll(async () => t?.close());

describe('a NUL byte (U+0000) anywhere in a request', () => {
  it('when it is in a JSON body field, then 400 INVALID_CHARACTER naming the field, and nothing is created', async () => {
    const before = await orderCount();
    const res = await t.http.post('/api/orders').set(desk.as('operator')).send(desk.orderBody({ content: '楼道垃圾堆积\u0000，希望尽快处理。' }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_CHARACTER', details: { field: 'content' } });
    expect(res.body.message).toMatch(/控制字符/);
    expect(await orderCount()).toBe(before);
  });

  it('when it is deep in a body (an array element, an object key), then 400 INVALID_CHARACTER', async () => {
    const inTags = await t.http.post('/api/orders').set(desk.as('operator')).send(desk.orderBody({ tags: ['ok', 'b\u0000d'] }));
    expect(inTags.status).toBe(400);
    expect(inTags.body).toMatchObject({ code: 'INVALID_CHARACTER', details: { field: 'tags[1]' } });
    const inKey = await t.http.post('/api/orders').set(desk.as('operator')).send({ ...desk.orderBody(), ['x\u0000']: 1 });
    expect(inKey.status).toBe(400);
    expect(inKey.body.code).toBe('INVALID_CHARACTER');
  });

  it('when it is in a search or filter of the query string, then 400 INVALID_CHARACTER', async () => {
    for (const query of ['q=%00abc', 'q=abc%00', 'category=%E5%9F%8E%00']) {
      const res = await t.http.get(`/api/orders?${query}`).set(desk.as('supervisor'));
      expect({ query, status: res.status, code: res.body.code }).toEqual({ query, status: 400, code: 'INVALID_CHARACTER' });
    }
  });

  it('when it is in a path parameter, then 400 INVALID_CHARACTER', async () => {
    const res = await t.http.delete('/api/roster/staff/S%0001/absences/00000000-0000-0000-0000-000000000000').set(desk.as('supervisor'));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_CHARACTER', details: { field: 'param.code' } });
  });
});

describe('POST /api/orders with the same upstreamNo at once', () => {
  it('when 10 operators enter the same platform number concurrently, then one 201, nine 409 with a code, and one order', async () => {
    // Letters break up the digits: a long digit run would look like a phone number to the leader-scan checks.
    const upstreamNo = `DUP-${Date.now().toString(36).toUpperCase()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.http.post('/api/orders').set(desk.as('operator')).send(desk.orderBody({ upstreamNo }))),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const res of responses.filter((r) => r.status === 409)) {
      expect(res.body.code).toBe('ORDER_DUPLICATE_UPSTREAM_NO');
      expect(res.body.message).toMatch(/已存在/);
    }
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM work_order WHERE upstream_no = $1', [upstreamNo]);
    expect(n).toBe(1);
  });
});

describe('POST /api/roster/rosters/:id/copy at once', () => {
  it('when 20 copies of one roster are asked for concurrently, then one draft is created and the others get 409', async () => {
    const list = await t.http.get('/api/roster/rosters?month=2026-12').set(desk.as('supervisor'));
    const source = list.body.items.find((r: { status: string }) => r.status === 'published');
    const draftsOf = async (): Promise<string[]> =>
      ((await t.dataSource.query(`SELECT id FROM roster WHERE status = 'draft' AND generation->>'copiedFrom' = $1`, [source.id])) as { id: string }[]).map((r) => r.id);
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => t.http.post(`/api/roster/rosters/${source.id}/copy`).set(desk.as('supervisor'))),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array(19).fill(409)]);
      const drafts = await draftsOf();
      expect(drafts).toHaveLength(1);
      for (const res of responses.filter((r) => r.status === 409)) {
        expect(res.body).toMatchObject({ code: 'ROSTER_COPY_EXISTS', details: { draftId: drafts[0] } });
      }
    } finally {
      // The month's rosters are shared with roster.e2e: leave only what the seed made.
      await t.dataSource.query(`DELETE FROM roster WHERE status = 'draft' AND generation->>'copiedFrom' = $1`, [source.id]);
    }
  });
});

describe('a date that does not exist', () => {
  it.each([
    ['/api/orders?from=2026-02-30'],
    ['/api/orders?to=2026-13-01'],
    ['/api/orders?from=99999-01-01'],
    ['/api/orders?from=2026-02-30T10:00:00%2B08:00'],
    ['/api/stats/overview?from=2026-02-30&to=2026-03-01'],
    ['/api/stats/overview?from=2026-01-01&to=2026-13-01'],
    ['/api/stats/overview?month=99999-01'],
    ['/api/roster/rosters?month=2026-13'],
    ['/api/roster/coverage?month=2026-00'],
  ])('when GET %s, then 400 VALIDATION_FAILED', async (url) => {
    const res = await t.http.get(url).set(desk.as('leader'));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('when an order is entered with 2026-02-30 as its call time, then 400 VALIDATION_FAILED naming receivedAt', async () => {
    const res = await t.http.post('/api/orders').set(desk.as('operator')).send(desk.orderBody({ receivedAt: '2026-02-30T09:00:00+08:00' }));
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain('receivedAt');
  });

  it('when an absence is registered for 2026-02-30, then 400 VALIDATION_FAILED', async () => {
    const staff = (await t.http.get('/api/roster/staff').set(desk.as('supervisor'))).body.items[0];
    const res = await t.http.post(`/api/roster/staff/${staff.code}/absences`).set(desk.as('supervisor')).send({ kind: 'leave', from: '2026-02-30', to: '2026-03-01' });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
