import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { ManualClock } from '@app/clock';
import { ClockAlarms } from '@app/orders';
import type { TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * Each role's 工作台 (issue 10, item 6) and the deadline alarms on every page (item 4), in Chromium against the real
 * api. The server's clock is pinned to Wednesday 2026-11-25 10:00 in Beijing (the seed's published roster) and moved
 * by hand to make clocks run out; each browser is given the same time.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let desk: DeskBrowser;
let orders: OrderDesk;

beforeAll(async () => {
  desk = await openDeskBrowser({ clock });
  t = desk.t;
  orders = await openOrderDesk(t, clock, { phonePrefix: '1350000' });
});
afterAll(async () => desk?.close());

const signIn = (username: string, path = '/'): Promise<Page> => desk.signIn(username, path);

/** `GET /api/orders?<query>` as `user`: the number a card must show. */
async function count(user: string, query: string): Promise<number> {
  const res = await t.http.get(`/api/orders?${query}&pageSize=1`).set(orders.as(user));
  expect(res.status).toBe(200);
  return res.body.total as number;
}

/** The card link named "<label> <n> 件", and where it leads. */
async function tile(region: Locator, label: string, expected: number): Promise<string | null> {
  const link = region.getByRole('link', { name: `${label} ${expected} 件`, exact: true });
  await link.waitFor();
  return link.getAttribute('href');
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function expectNoHealth(page: Page) {
  await region(page, '实时消息').waitFor();
  expect(await region(page, '系统状态').count()).toBe(0);
}

describe('工作台 per role', () => {
  it('when an operator opens it, then new orders to sign, my shift and the alarm panel are there, and no system details', async () => {
    const page = await signIn('operator');
    const queues = region(page, '待办队列');
    expect(await tile(queues, '待签收', await count('operator', 'status=new'))).toBe('/orders?status=new');
    await tile(queues, '待派单', await count('operator', 'status=signed'));
    await region(page, '我的当班').waitFor();
    await region(page, '时限告警').getByText('暂无未确认的告警').waitFor();
    await page.getByRole('switch', { name: '告警提示音' }).waitFor();
    expect(await page.getByRole('switch', { name: '告警提示音' }).isChecked()).toBe(false);
    await expectNoHealth(page);
    await screenshot(page, 'home-operator');
    await page.context().close();
  });

  it('when a supervisor opens it, then dispatch, returns and extensions to decide, overdue per clock and who is on duty are there, and the nav counts new orders', async () => {
    const extended = await orders.intake();
    await orders.act('operator', extended, 'sign');
    await orders.act('supervisor', extended, 'dispatch', { leadUnitId: orders.units.CGB });
    const asked = await orders.act('unit.cgb', extended, 'extend_request', { newDueAt: new Date(clock.now().getTime() + 6.5 * 86400e3).toISOString(), reason: '需协调物业公司' });
    expect(asked.status).toBe(200);
    await orders.intake(); // one to sign, so the nav shows its count

    const page = await signIn('supervisor');
    const queues = region(page, '待办队列');
    const toSign = await count('supervisor', 'status=new');
    await tile(queues, '待签收', toSign);
    await tile(queues, '待派单', await count('supervisor', 'status=signed'));
    await tile(queues, '待初审', await count('supervisor', 'status=replied'));
    expect(await tile(queues, '退单审核中', await count('supervisor', 'status=return_pending'))).toBe('/orders?status=return_pending');
    const extensions = await count('supervisor', 'status=dispatched&extensionPending=true');
    expect(extensions).toBeGreaterThanOrEqual(1);
    expect(await tile(queues, '延期待审批', extensions)).toBe('/orders?status=dispatched&extensionPending=true');
    const alarms = region(page, '时限告警');
    expect(await tile(alarms, '签收时限超时', await count('supervisor', 'overdueClock=sign'))).toBe('/orders?overdue=sign');
    await tile(alarms, '初审时限超时', await count('supervisor', 'overdueClock=review'));
    const onDuty = region(page, '当前在岗');
    await onDuty.getByText('可派单').first().waitFor();
    expect(await onDuty.locator('.home-people__row').count()).toBeGreaterThan(0);
    await region(page, '我的当班').waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: `调度（待签收 ${toSign} 件）` }).waitFor();
    await expectNoHealth(page);
    await screenshot(page, 'home-supervisor');
    await page.context().close();
  });

  it('when a unit opens it, then its own queues (待接收 … 超期) count its orders and link to its list', async () => {
    const fresh = await orders.intake();
    await orders.act('operator', fresh, 'sign');
    await orders.act('supervisor', fresh, 'dispatch', { leadUnitId: orders.units.CGB });
    const unit = `unitId=${orders.units.CGB}`;

    const page = await signIn('unit.cgb');
    const queues = region(page, '待办队列');
    const toAcknowledge = await count('unit.cgb', `status=dispatched&${unit}&acknowledged=false`);
    expect(toAcknowledge).toBeGreaterThanOrEqual(1);
    expect(await tile(queues, '待接收', toAcknowledge)).toBe(`/orders?status=dispatched&${unit}&acknowledged=false`);
    expect(await tile(queues, '待联系', await count('unit.cgb', `status=dispatched&${unit}&runningClock=contact`))).toBe(
      `/orders?status=dispatched&${unit}&runningClock=contact`,
    );
    await tile(queues, '待回复', await count('unit.cgb', `status=dispatched&${unit}`));
    await tile(queues, '驳回重办', await count('unit.cgb', `status=dispatched&${unit}&reworked=true`));
    await tile(queues, '临近时限', await count('unit.cgb', `status=dispatched&${unit}&nearDue=true`));
    await tile(queues, '超期', await count('unit.cgb', `status=dispatched&${unit}&overdue=true`));
    await tile(region(page, '时限告警'), '承办单位回复时限超时', await count('unit.cgb', `overdueClock=unitReply&${unit}`));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: `工单（待接收 ${toAcknowledge} 件）` }).waitFor();
    expect(await region(page, '我的当班').count()).toBe(0);
    await expectNoHealth(page);
    await screenshot(page, 'home-unit');
    await page.context().close();
  });

  it('when a reviewer opens it, then replies to review, late reviews and callbacks to make are there', async () => {
    const page = await signIn('reviewer');
    const queues = region(page, '待办队列');
    await tile(queues, '待初审', await count('reviewer', 'status=replied'));
    expect(await tile(queues, '初审时限超时', await count('reviewer', 'overdueClock=review'))).toBe('/orders?overdue=review');
    expect(await tile(queues, '待回访', await count('reviewer', 'status=closed'))).toBe('/orders?status=closed');
    await region(page, '我的当班').waitFor();
    await expectNoHealth(page);
    await screenshot(page, 'home-reviewer');
    await page.context().close();
  });

  it('when a leader opens it, then today\'s and this month\'s figures link to the list and 统计 is announced, with no work queues and no alarm sound', async () => {
    const page = await signIn('leader');
    const figures = region(page, '今日与本月');
    const today = '2026-11-25';
    const received = await count('leader', `from=${today}T00:00:00%2B08:00&to=2026-11-26T00:00:00%2B08:00`);
    expect(received).toBeGreaterThanOrEqual(1);
    expect(await tile(figures, '今日受理', received)).toBe(`/orders?from=${today}&to=${today}`);
    expect(await tile(figures, '本月受理', await count('leader', 'from=2026-11-01T00:00:00%2B08:00&to=2026-11-26T00:00:00%2B08:00'))).toBe(
      `/orders?from=2026-11-01&to=${today}`,
    );
    await tile(figures, '在办', await count('leader', 'status=new,signed,dispatched,replied,return_pending'));
    await tile(figures, '超期', await count('leader', 'status=new,signed,dispatched,replied,return_pending&overdue=true'));
    expect(await figures.getByRole('link', { name: '查看统计分析' }).getAttribute('href')).toBe('/stats');
    expect(await region(page, '待办队列').count()).toBe(0);
    await region(page, '当前在岗').waitFor();
    expect(await page.getByRole('switch', { name: '告警提示音' }).count()).toBe(0);
    await expectNoHealth(page);
    await screenshot(page, 'home-leader');
    await page.context().close();
  });

  it('when the admin opens it, then jobs, audit, the holiday schedule and the system health details are there, with names not codes', async () => {
    const page = await signIn('admin');
    const jobs = region(page, '后台任务');
    await jobs.getByText('失败', { exact: true }).waitFor();
    await jobs.getByText('没有失败的任务').or(jobs.locator('.home-list__item').first()).waitFor();
    const audit = region(page, '最近审计');
    // The admin's own sign-in is the latest entry, by name and in words.
    await audit.locator('.home-list__item').first().waitFor();
    expect(await audit.locator('.home-list__item').first().textContent()).toContain('系统管理员登录');
    await region(page, '节假日安排').locator('.ant-alert, .ant-empty').first().waitFor();
    const health = region(page, '系统状态');
    await health.getByText('运行正常').waitFor();
    await health.getByText('队列驱动').waitFor();
    await health.getByText('数据库').waitFor();
    expect(await region(page, '待办队列').count()).toBe(0);
    await screenshot(page, 'home-admin');
    await page.context().close();
  });
});

describe('deadline alarms', () => {
  it('when sign clocks run out and warn while a supervisor is on the 工单 list, then grouped notices with counts and a link arrive, stay until 知道了, and count in the tab title', async () => {
    const late = [await orders.intake({ urgency: 'urgent' }), await orders.intake({ urgency: 'urgent' })]; // sign within 15 minutes
    clock.advance(5 * 60_000);
    const soon = await orders.intake({ urgency: 'urgent' });

    const page = await signIn('supervisor', '/orders');
    await page.getByRole('heading', { level: 1, name: '工单', exact: true }).waitFor();
    await page.getByText('实时连接：已连接').waitFor();

    // 17 minutes after the first two: they are past due, the third is past its warning time (a quarter left).
    clock.advance(12 * 60_000);
    const alarms = t.app.get(ClockAlarms);
    const generation = async (id: string) =>
      ((await t.dataSource.query(`SELECT generation FROM order_clock WHERE order_id = $1 AND kind = 'sign'`, [id])) as { generation: number }[])[0].generation;
    const overdueNotice = page.getByRole('alert').filter({ hasText: '签收时限已超时' });

    expect(await alarms.raise('overdue', late[0], 'sign', await generation(late[0]))).toBe(true);
    await overdueNotice.filter({ hasText: '1 条工单签收时限已超时' }).waitFor();
    // The second of the burst updates the same notice.
    expect(await alarms.raise('overdue', late[1], 'sign', await generation(late[1]))).toBe(true);
    await overdueNotice.filter({ hasText: '2 条工单签收时限已超时' }).waitFor();
    expect(await overdueNotice.count()).toBe(1);
    expect(await overdueNotice.getByRole('link', { name: '查看工单列表' }).getAttribute('href')).toBe('/orders?overdue=sign');
    // Entered by hand, the orders have no platform number: the notice names them by the desk's own.
    const orderNo = (await orders.detail(late[1])).orderNo as string;
    await overdueNotice.getByRole('link', { name: `工单 ${orderNo}` }).waitFor();

    expect(await alarms.raise('warning', soon, 'sign', await generation(soon))).toBe(true);
    const warningNotice = page.getByRole('alert').filter({ hasText: '1 条工单签收时限预警' });
    await warningNotice.waitFor();
    await page.waitForFunction(() => document.title === '(3) 工单 - 接诉即办工单台');
    await screenshot(page, 'supervisor-alarm');

    // Still there a while later: alarms do not time out.
    await page.waitForTimeout(5000);
    expect(await overdueNotice.count()).toBe(1);

    await overdueNotice.getByRole('button', { name: '知道了' }).click();
    await overdueNotice.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.title === '(1) 工单 - 接诉即办工单台');

    // The tab remembers: after a reload the warning is still waiting and the acknowledged group stays gone.
    await page.reload();
    await warningNotice.waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '签收时限已超时' }).count()).toBe(0);
    await warningNotice.getByRole('button', { name: '知道了' }).click();
    await warningNotice.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.title === '工单 - 接诉即办工单台');
    await page.context().close();
  });
});
