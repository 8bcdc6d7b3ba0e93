import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { openOrderDesk } from '../support/order-desk.js';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 系统管理 → 时限策略 → 分类时限 in Chromium: the admin gives 物业管理 complaints a 10-minute sign clock, and the next
 * such order entered gets it while the table's other clocks stay.
 */
const clock = new ManualClock('2026-10-14T02:00:00Z'); // Wednesday 10:00 in Beijing
const CATEGORY = '城乡建设/物业管理';
let desk: DeskBrowser;

beforeAll(async () => {
  // Its own database: the override would change other files' clocks.
  desk = await openDeskBrowser({ clock, ownDatabase: 'admin-deadline-overrides-browser' });
}, 180_000);
afterAll(async () => desk?.close());

describe('系统管理 → 分类时限', () => {
  it('when the admin sets a sign clock for a category, then the row shows it and a new order of that category is due by it', async () => {
    const admin = await desk.signIn('admin', '/admin?tab=policies');
    await admin.getByRole('heading', { name: '分类时限', exact: true }).waitFor();
    await admin.getByText('暂无分类时限：所有分类按上表计算').waitFor();
    await admin.getByRole('button', { name: '新增分类时限' }).click();
    const dialog = admin.getByRole('dialog', { name: '新增分类时限' });
    await dialog.getByRole('combobox', { name: '问题分类' }).click();
    await admin.keyboard.type(CATEGORY);
    await admin.keyboard.press('Enter');
    await dialog.getByTitle(CATEGORY, { exact: true }).waitFor();
    const sign = dialog.locator('.ant-form-item').filter({ hasText: '签收时限' });
    await sign.getByRole('checkbox', { name: '单独规定' }).check();
    await dialog.getByLabel('签收时限数值').fill('10');
    await dialog.getByRole('combobox', { name: '签收时限单位' }).click();
    // Hours is preset; minutes is the option above it.
    await admin.keyboard.press('ArrowUp');
    await admin.keyboard.press('Enter');
    await dialog.getByTitle('分钟', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: CATEGORY, exact: true }) });
    await row.getByRole('cell', { name: '10 分钟', exact: true }).waitFor();
    await row.getByRole('cell', { name: '全部类型', exact: true }).waitFor();
    expect(await row.getByRole('cell', { name: '沿用策略表', exact: true }).count()).toBe(3);
    await screenshot(admin, 'admin-category-overrides');
    await admin.context().close();

    const orders = await openOrderDesk(desk.t, clock, { users: ['operator', 'supervisor'] });
    const id = await orders.intake();
    const detail = await orders.detail(id);
    const signClock = detail.deadlines.find((d: { kind: string }) => d.kind === 'sign');
    expect(signClock.dueAt).toBe('2026-10-14T02:10:00.000Z');
  }, 180_000);
});
