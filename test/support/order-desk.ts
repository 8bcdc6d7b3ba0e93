import { expect } from '@jest/globals';
import type { Clock } from '@app/clock';
import type { TestApp } from '@app/testing';
import type { Response } from 'supertest';

/**
 * Driving orders over HTTP as the desk's people do, for the e2e files: sign in each demo user once, enter orders
 * (each with its own caller phone, so duplicate detection only links what a test links on purpose), read them,
 * and act on them with the version the order has now.
 */
export interface OrderDesk {
  tokens: Record<string, string>;
  /** The demo street's units by code. */
  units: Record<string, string>;
  as(user: string): { authorization: string };
  /** A complete manual-intake body (a 物业 complaint at 黑窑厂街12号院) with `overrides` on top. */
  orderBody(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Enters an order as the operator and returns its id. */
  intake(overrides?: Record<string, unknown>): Promise<string>;
  detail(id: string, user?: string): Promise<Record<string, any>>;
  /**
   * Whether the order list `user` gets for `query` includes the order. The list is searched by the order's own
   * number too: a worker's database holds other files' orders, and a page of the newest need not reach this one.
   */
  listed(user: string, id: string, query: string): Promise<boolean>;
  /** Sends the action with the order's current version, as `user`. */
  act(user: string, id: string, action: string, body?: Record<string, unknown>): Promise<Response>;
}

export async function openOrderDesk(t: TestApp, clock: Clock, options: { users?: string[]; phonePrefix?: string } = {}): Promise<OrderDesk> {
  const users = options.users ?? ['operator', 'supervisor', 'reviewer', 'leader', 'unit.cgb', 'admin'];
  const phonePrefix = options.phonePrefix ?? '1390000';
  const tokens: Record<string, string> = {};
  for (const user of users) tokens[user] = await t.login(user);
  let phoneSeq = 0;
  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const orderBody = (overrides: Record<string, unknown> = {}) => ({
    channel: 'hotline',
    receivedAt: clock.now().toISOString(),
    citizenName: '陈某某',
    citizenPhone: `${phonePrefix}${String(1000 + ++phoneSeq).slice(-4)}`,
    address: '黑窑厂街12号院3号楼',
    type: 'complaint',
    urgency: 'normal',
    category: '城乡建设/物业管理/物业服务',
    content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。',
    upstreamDueAt: new Date(clock.now().getTime() + 7 * 86400e3).toISOString(),
    ...overrides,
  });
  return {
    tokens,
    units: await t.unitIds(),
    as,
    orderBody,
    async intake(overrides = {}) {
      const res = await t.http.post('/api/orders').set(as('operator')).send(orderBody(overrides));
      expect(res.status).toBe(201);
      return res.body.id as string;
    },
    async detail(id, user = 'supervisor') {
      const res = await t.http.get(`/api/orders/${id}`).set(as(user));
      expect(res.status).toBe(200);
      return res.body;
    },
    async listed(user, id, query) {
      const [{ number }] = (await t.dataSource.query('SELECT coalesce(upstream_no, local_no) AS number FROM work_order WHERE id = $1', [id])) as { number: string }[];
      const res = await t.http.get(`/api/orders?pageSize=200&q=${encodeURIComponent(number)}&${query}`).set(as(user));
      expect(res.status).toBe(200);
      return (res.body.items as { id: string }[]).some((o) => o.id === id);
    },
    async act(user, id, action, body = {}) {
      // The version as it stands, read directly: the acting user may be one who cannot read the order at all.
      const [{ version }] = (await t.dataSource.query('SELECT version FROM work_order WHERE id = $1', [id])) as { version: number }[];
      return t.http.post(`/api/orders/${id}/actions/${action}`).set(as(user)).send({ version, ...body });
    },
  };
}
