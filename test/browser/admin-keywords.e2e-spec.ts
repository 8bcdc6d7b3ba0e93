import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 系统管理 → 关键词规则 / 停用词 in Chromium: the admin adds a rule for 井盖缺失 and the 试分类 box suggests it; the admin
 * adds a stop word and the save's preview names it as added.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
const MANHOLE = '交通管理/道路设施/井盖缺失';
let desk: DeskBrowser;

beforeAll(async () => {
  // Its own database: the rule and the stop word added here would change other files' suggestions and keywords.
  desk = await openDeskBrowser({ clock, ownDatabase: 'admin-keywords-browser' });
}, 180_000);
afterAll(async () => desk?.close());

describe('系统管理 → 关键词规则 and 停用词', () => {
  it('when the admin adds a keyword rule, then the 试分类 suggests its category by the keyword', async () => {
    const admin = await desk.signIn('admin', '/admin?tab=keyword-rules');
    await admin.getByRole('heading', { name: '关键词规则', exact: true }).waitFor();
    await admin.getByRole('button', { name: '新增规则' }).click();
    const dialog = admin.getByRole('dialog', { name: '新增关键词规则' });
    await dialog.getByRole('combobox', { name: '问题分类' }).click();
    await admin.keyboard.type(MANHOLE);
    await admin.keyboard.press('Enter');
    await dialog.getByTitle(MANHOLE).waitFor();
    await dialog.getByRole('combobox', { name: '关键词' }).click();
    await admin.keyboard.type('井盖');
    await admin.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByRole('cell', { name: MANHOLE, exact: true }).waitFor();

    await admin.getByRole('textbox', { name: '诉求内容' }).fill('路口的井盖丢了，晚上路过很危险。');
    await admin.getByRole('button', { name: /试\s*分\s*类/ }).click();
    await admin.getByText(`将建议分类“${MANHOLE}”，因为内容含关键词“井盖”`).waitFor();
    await screenshot(admin, 'admin-keyword-trial');
    await admin.context().close();
  }, 180_000);

  it('when the admin adds a stop word, then the save previews it as added and saves it', async () => {
    const admin = await desk.signIn('admin', '/admin?tab=stop-words');
    await admin.getByRole('heading', { name: '停用词', exact: true }).waitFor();
    const box = admin.getByRole('textbox', { name: '停用词' });
    await box.click();
    await box.press('End');
    await box.pressSequentially(' 楼道');
    await admin.getByText('未保存：新增 1 个，删除 0 个', { exact: false }).waitFor();
    await admin.getByRole('button', { name: /保\s*存/ }).click();
    const confirm = admin.getByRole('dialog').filter({ hasText: '保存停用词？' });
    await confirm.getByText('楼道', { exact: true }).waitFor();
    await confirm.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText('停用词已保存（新增 1 个，删除 0 个）').waitFor();
    await admin.context().close();
  }, 180_000);
});
