import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/** 更正分类: the desk corrects an open order's category on the order, on its timeline and in the audit trail. */
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let desk: OrderDesk;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1360000' });
});
afterAll(async () => t?.close());

describe('POST /api/orders/:id/actions/reclassify', () => {
  it('when a supervisor corrects a dispatched order’s category, then the order, its timeline and the audit trail show old and new', async () => {
    const id = await desk.intake();
    await desk.act('supervisor', id, 'sign');
    await desk.act('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB });
    const res = await desk.act('supervisor', id, 'reclassify', { category: '市容环境/环境卫生/楼道堆物', reason: '诉求实为楼道堆物' });
    expect(res.status).toBe(200);
    const order = await desk.detail(id);
    expect(order.category).toBe('市容环境/环境卫生/楼道堆物');
    const entry = order.timeline.find((e: { action: string }) => e.action === 'reclassify');
    expect(entry.payload).toMatchObject({ category: '市容环境/环境卫生/楼道堆物', previousCategory: '城乡建设/物业管理/物业服务', reason: '诉求实为楼道堆物' });
    const [audit] = (await t.dataSource.query(`SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'order.reclassify'`, [id])) as {
      before: Record<string, unknown>; after: Record<string, unknown>;
    }[];
    expect(audit.before).toMatchObject({ categoryPath: '城乡建设/物业管理/物业服务' });
    expect(audit.after).toMatchObject({ categoryPath: '市容环境/环境卫生/楼道堆物' });
  });

  it('when the category is not a leaf of the street’s catalogue, then 400 naming category and nothing changes', async () => {
    const id = await desk.intake();
    const before = await desk.detail(id);
    for (const category of ['市容环境/环境卫生', '不存在/的/分类']) {
      const res = await desk.act('operator', id, 'reclassify', { category, reason: '更正' });
      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'category' })]);
    }
    const after = await desk.detail(id);
    expect(after).toMatchObject({ category: before.category, version: before.version });
  });

  it('when a unit or a leader tries it, then 403', async () => {
    const id = await desk.intake();
    await desk.act('supervisor', id, 'sign');
    await desk.act('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB });
    for (const user of ['unit.cgb', 'leader']) {
      expect((await desk.act(user, id, 'reclassify', { category: '市容环境/环境卫生/楼道堆物', reason: 'x' })).status).toBe(403);
    }
  });
});
