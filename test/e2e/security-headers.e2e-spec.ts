import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

// Issue 13 item 11: the headers a browser needs to keep the desk out of frames and foreign scripts, and the order
// of answers on an action: who may act, before the version or the body is looked at.
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let desk: OrderDesk;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'leader'], phonePrefix: '1390017' });
});
afterAll(async () => t?.close());

describe('security headers', () => {
  it.each([['/'], ['/orders/some-route'], ['/api/health'], ['/api/me'], ['/api/docs/openapi.json']])(
    'when %s is requested, then it carries a CSP without framing, X-Frame-Options DENY, nosniff and no referrer',
    async (path) => {
      const res = await t.http.get(path);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );
});

describe('an action by a role that may never take it', () => {
  it.each([
    ['a stale version', { version: 1 }],
    ['no version at all', {}],
    ['a body full of wrong fields', { version: 'x', leadUnitId: 42 }],
  ])('when the leader sends 派单 with %s, then 403 FORBIDDEN, not 409 or 400, and the order is unchanged', async (_case, body) => {
    const id = await desk.intake();
    expect((await desk.act('supervisor', id, 'sign')).status).toBe(200);
    const before = await desk.detail(id);

    const res = await t.http.post(`/api/orders/${id}/actions/dispatch`).set(desk.as('leader')).send(body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await desk.detail(id)).version).toBe(before.version);
  });

  it('when the supervisor, who may dispatch, sends a stale version, then it is still 409 ORDER_VERSION_CONFLICT', async () => {
    const id = await desk.intake();
    expect((await desk.act('supervisor', id, 'sign')).status).toBe(200);
    const res = await t.http.post(`/api/orders/${id}/actions/dispatch`).set(desk.as('supervisor')).send({ version: 1, leadUnitId: desk.units.CGB });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'ORDER_VERSION_CONFLICT' });
  });
});
