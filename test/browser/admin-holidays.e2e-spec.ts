import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadChineseDaysHolidays } from '@app/calendar';
import { ManualClock } from '@app/clock';
import { waitUntil } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 系统管理 in Chromium (DESIGN §14, §1): the admin pastes the 2027 holiday schedule, previews it, saves it, and the
 * red 暂定 marker leaves an order whose deadline falls in 2027; then links an account to a roster staff member.
 */
const clock = new ManualClock('2027-09-28T02:00:00Z'); // Tuesday 10:00 in Beijing; 2027's schedule is not loaded
const CSV = [
  '日期,类型,名称',
  '2027-09-26,调休上班,国庆节',
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2027年10月${d}日,放假,国庆节`),
  '2027-10-09,补班,国庆节',
].join('\n');
let desk: DeskBrowser;
let orders: OrderDesk;
let orderId: string;

beforeAll(async () => {
  expect(loadChineseDaysHolidays().knownYears).not.toContain(2027); // a newer package would void this test
  // Its own database: seeding at a 2027 clock, and loading 2027, must not touch the other files' street.
  desk = await openDeskBrowser({ clock, runJobs: true, ownDatabase: 'admin-holidays-browser' });
  orders = await openOrderDesk(desk.t, clock, { users: ['operator', 'supervisor', 'admin'], phonePrefix: '1392029' });
  // No platform limit: the unit's 5 working days reach across the unknown 2027 National Day.
  orderId = await orders.intake({ upstreamDueAt: undefined });
  expect((await orders.act('operator', orderId, 'sign')).status).toBe(200);
  expect((await orders.act('supervisor', orderId, 'dispatch', { leadUnitId: orders.units.CGB })).status).toBe(200);
}, 180_000);
afterAll(async () => desk?.close());

describe('系统管理 → 节假日', () => {
  it('when the admin pastes, previews and saves the 2027 schedule, then the order’s 暂定 marker disappears', async () => {
    const supervisor = await desk.signIn('supervisor', `/orders/${orderId}`);
    const deadlines = supervisor.locator('section').filter({ has: supervisor.getByRole('heading', { name: '时限' }) });
    await deadlines.getByText('暂定').first().waitFor();

    const admin = await desk.signIn('admin', '/admin?tab=holidays');
    await admin.getByRole('heading', { name: '节假日', exact: true }).waitFor();
    await admin.getByText('2027 年节假日安排尚未录入').waitFor();
    await admin.getByRole('textbox', { name: /录入 2027 年安排/ }).fill(CSV);
    await admin.getByRole('button', { name: /预\s*览/ }).click();
    await admin.getByText('保存后：新增 9 天，删除 0 天，修改 0 天，不变 0 天').waitFor();
    await admin.getByText('将按新的安排重新计算 1 张工单的 1 个暂定时限。').waitFor();
    await expect(admin.getByRole('table', { name: '预览的节假日' }).getByRole('row').count()).resolves.toBe(10);
    await screenshot(admin, 'admin-holidays-preview');

    await admin.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText(/2027 年节假日安排已保存。正在后台重新计算 1 个暂定时限/).waitFor();
    await admin.getByText('已录入（管理员录入）').waitFor();
    await admin.getByRole('cell', { name: '2027-10-09' }).waitFor();
    await screenshot(admin, 'admin-holidays-saved');

    // The job recomputes the clock after the save; then the order page shows the worked-out due time, not 暂定.
    await waitUntil(async () => !(await orders.detail(orderId)).deadlineProvisional, 30_000, () => 'the provisional clock was not recomputed');
    await supervisor.reload();
    await deadlines.getByText('2027/10/11 10:00').first().waitFor();
    await expect(supervisor.getByText('暂定', { exact: true }).count()).resolves.toBe(0);
    await screenshot(supervisor, 'admin-holidays-order-after');
    await admin.context().close();
    await supervisor.context().close();
  }, 180_000);
});

describe('系统管理 → 用户', () => {
  it('when the admin links the leader’s account to a roster staff member, then the table shows the link', async () => {
    const staff = (await desk.t.http.get('/api/roster/staff').set(orders.as('admin'))).body.items as { code: string; name: string; userId: string | null }[];
    const free = staff.find((s) => s.userId === null)!;
    const admin = await desk.signIn('admin', '/admin?tab=users');
    const row = admin.getByRole('row').filter({ hasText: 'leader' });
    await row.getByText('未关联').waitFor();
    await admin.getByText(/密码策略：至少 10 位/).waitFor();

    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = admin.getByRole('dialog', { name: '编辑用户 leader' });
    await dialog.getByRole('combobox', { name: '排班人员' }).click();
    // Typing filters the list; Enter takes the first match, as a keyboard user does.
    await admin.keyboard.type(`（${free.code}）`);
    await admin.keyboard.press('Enter');
    await dialog.getByTitle(`${free.name}（${free.code}）`).waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(`${free.name}（${free.code}）`).waitFor();
    await screenshot(admin, 'admin-users-linked');

    const [audit] = (await desk.t.dataSource.query(
      `SELECT before->>'staffCode' AS before, after->>'staffCode' AS after FROM audit_log WHERE action = 'user.update' ORDER BY id DESC LIMIT 1`,
    )) as { before: string | null; after: string }[];
    expect(audit).toEqual({ before: null, after: free.code });
    await admin.context().close();
  }, 120_000);
});
