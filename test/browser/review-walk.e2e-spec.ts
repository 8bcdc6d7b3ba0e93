import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ManualClock } from '@app/clock';
import { SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * A reviewer's walk through 初审 on the antd forms, in Chromium against the real api: 全部通过 judges every item at
 * once, one click turns an item to 不通过, the server refuses the approval next to that item, one click back clears
 * it, and the approval closes the order and takes it out of the queue. Then the other pages of this slice are
 * opened once each for their screenshots. The clock is the shared seed's, so November 2026 has a published roster.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT);
const CLEAN_REPLY = '经核实，物业公司已清理楼道垃圾，并已责令其每日保洁。已电话告知诉求人处理结果。';
const run = Date.now().toString(36).toUpperCase();
let t: TestApp;
let desk: DeskBrowser;
let seq = 0;
/** Each walk signs in and waits on a shared two-core machine: more than the default minute, never unbounded. */
const WALK_MS = 180_000;

beforeAll(async () => {
  desk = await openDeskBrowser({ clock });
  t = desk.t;
});
afterAll(async () => desk?.close());

const as = async (user: string) => ({ authorization: `Bearer ${await t.login(user)}` });

async function orderOf(id: string) {
  const res = await t.http.get(`/api/orders/${id}`).set(await as('supervisor'));
  expect(res.status).toBe(200);
  return res.body as { status: string; version: number };
}

async function act(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const { version } = await orderOf(id);
  const res = await t.http.post(`/api/orders/${id}/actions/${action}`).set(await as(user)).send({ version, ...body });
  expect({ action, status: res.status }).toEqual({ action, status: 200 });
}

/** An order taken in by the operator and dispatched to 城市管理办, all through the api. */
async function dispatched(upstreamNo: string): Promise<string> {
  seq++;
  const created = await t.http.post('/api/orders').set(await as('operator')).send({
    upstreamNo,
    channel: 'hotline',
    receivedAt: clock.now().toISOString(),
    citizenPhone: `1390000${String(8100 + seq)}`,
    address: '黑窑厂街12号院3号楼',
    type: 'complaint',
    category: '城乡建设/物业管理/物业服务',
    content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。',
  });
  expect(created.status).toBe(201);
  await act('supervisor', created.body.id, 'sign');
  await act('supervisor', created.body.id, 'dispatch', { leadUnitId: (await t.unitIds()).CGB! });
  return created.body.id as string;
}

const verdictOf = async (group: ReturnType<Page['getByRole']>) => {
  for (const label of ['通过', '不通过', '不适用']) {
    const radio = group.getByLabel(label, { exact: true });
    if ((await radio.count()) && (await radio.isChecked())) return label;
  }
  return null;
};

describe('初审 walk', () => {
  it('when the reviewer takes 全部通过, fails one item with one click and approves, then the server refuses beside that item; with it passed again, the approval closes the order and it leaves the queue', async () => {
    const upstreamNo = `WALK-${run}`;
    const id = await dispatched(upstreamNo);
    await act('unit.cgb', id, 'reply', { content: CLEAN_REPLY, contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved' });
    expect((await orderOf(id)).status).toBe('replied');

    const page = await desk.signIn('reviewer', '/review');
    const queue = page.getByRole('region', { name: '待初审' });
    await queue.getByRole('link', { name: upstreamNo }).waitFor();
    await screenshot(page, 'reviewer-queue');

    await queue.getByRole('link', { name: upstreamNo }).click();
    await page.getByRole('heading', { name: `初审 工单 ${upstreamNo}` }).waitFor();
    const form = page.getByRole('region', { name: '初审', exact: true });
    const groups = form.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(3);

    await form.getByRole('button', { name: '全部通过' }).click();
    for (let i = 0; i < count; i++) expect(await verdictOf(groups.nth(i))).toBe('通过');
    await form.getByText(`已评定 ${count} / ${count} 项`).waitFor();

    // One click turns one item; the others keep 通过.
    const item = groups.first();
    const itemLabel = (await item.getAttribute('aria-label'))!;
    await item.getByLabel('不通过', { exact: true }).check();
    expect(await verdictOf(item)).toBe('不通过');
    for (let i = 1; i < count; i++) expect(await verdictOf(groups.nth(i))).toBe('通过');

    await form.getByRole('button', { name: '初审通过' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: '不能初审通过' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(itemLabel);
    expect(await item.getAttribute('aria-invalid')).toBe('true');
    const help = page.locator(`[id="${await item.getAttribute('aria-describedby')}"]`);
    expect(await help.textContent()).toContain('此项判定为不通过');
    expect((await orderOf(id)).status).toBe('replied');
    await screenshot(page, 'reviewer-review');

    // Back to 通过: the item's refusal goes as soon as it is fixed.
    await item.getByLabel('通过', { exact: true }).check();
    await help.waitFor({ state: 'detached' });
    expect(await item.getAttribute('aria-invalid')).toBeNull();

    await form.getByRole('button', { name: '初审通过' }).click();
    await page.getByText('「初审通过」已完成').waitFor();
    expect((await orderOf(id)).status).toBe('closed');
    await page.goto(`${t.url}/review`);
    await page.getByRole('heading', { level: 1, name: '审核' }).waitFor();
    await queue.getByText('正在加载…').waitFor({ state: 'detached' });
    expect(await queue.getByRole('link', { name: upstreamNo }).count()).toBe(0);
    const listed = await t.http.get('/api/review/queue?pageSize=100').set(await as('reviewer'));
    expect((listed.body.items as { id: string }[]).map((o) => o.id)).not.toContain(id);
    await page.context().close();
  }, WALK_MS);
});

describe('the other pages of the slice', () => {
  it('when a supervisor opens 排班, 导入 and 挂账, then each shows its antd table or grid', async () => {
    const hungNo = `WALK-H-${run}`;
    const hungId = await dispatched(hungNo);
    await act('supervisor', hungId, 'hang', { plan: '纳入老旧小区改造计划，年内完成', nextProgressAt: new Date(clock.now().getTime() + 3 * 86400e3).toISOString() });

    const page = await desk.signIn('supervisor', '/roster');
    await page.getByRole('table', { name: /^2026年11月排班表（已发布 第 \d+ 版）$/ }).waitFor();
    await page.getByRole('table', { name: '当前在岗人员' }).waitFor();
    await screenshot(page, 'roster-month');

    await page.goto(`${t.url}/imports`);
    await page.getByRole('heading', { level: 1, name: '导入' }).waitFor();
    await page.getByRole('table', { name: '导入记录' }).waitFor();
    await screenshot(page, 'imports');

    await page.goto(`${t.url}/hung`);
    await page.getByRole('row').filter({ has: page.getByRole('link', { name: hungNo }) }).waitFor();
    await screenshot(page, 'hung-orders');
    await page.context().close();
  }, WALK_MS);

  it('when a supervisor checks someone in on their behalf, then a dialog first names the person and the shift; 取消 records nothing, 确认代签到 records it', async () => {
    const page = await desk.signIn('supervisor', '/roster?tab=mine');
    const attendance = page.getByRole('region', { name: '今日考勤' });
    // The seed's 早班 (08:00–16:00) is on at 10:00: its people can be checked in now.
    const row = attendance.getByRole('row').filter({ hasText: '早班' }).filter({ has: page.getByRole('button', { name: /^代 .+ 签到$/ }) }).first();
    await row.waitFor();
    const person = (await row.getByRole('cell').first().textContent())!;
    const dialog = page.getByRole('dialog').filter({ hasText: `代 ${person} 签到？` });

    await row.getByRole('button', { name: /^代 .+ 签到$/ }).click();
    expect(await dialog.textContent()).toContain('早班 08:00–16:00');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getByRole('button', { name: /^代 .+ 签到$/ }).count()).toBe(1); // nothing was recorded

    await row.getByRole('button', { name: /^代 .+ 签到$/ }).click();
    await dialog.getByRole('button', { name: '确认代签到' }).click();
    await attendance.getByRole('status').filter({ hasText: `${person}：在岗` }).waitFor();
    await attendance.getByRole('row').filter({ hasText: person }).getByText(/^在岗/).waitFor();
    await page.context().close();
  }, WALK_MS);

  it('when 登录 is pressed with both fields empty, then both are named at once and the cursor goes to the first', async () => {
    const page = await desk.browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    await page.goto(t.url + '/');
    await page.getByRole('heading', { name: '接诉即办工单台' }).waitFor();
    await screenshot(page, 'login');

    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();
    expect(await page.getByLabel('用户名').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('密码').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login_username');

    // Each message goes as its field is filled.
    await page.getByLabel('用户名').fill('reviewer');
    await page.getByText('请输入用户名').waitFor({ state: 'detached' });
    expect(await page.getByText('请输入密码').count()).toBe(1);
    await page.close();
  }, WALK_MS);
});
