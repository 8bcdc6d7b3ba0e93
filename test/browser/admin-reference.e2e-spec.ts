import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 系统管理 → 承办单位 / 派单规则 in Chromium: the admin adds a unit, a rule sending one community's 电梯 complaints to
 * it, and the 试算 box says the sample would go to the new unit because of that rule; stopping the unit then asks
 * first, listing the rule.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
const LIFT = '城乡建设/物业管理/电梯运行';
let desk: DeskBrowser;

beforeAll(async () => {
  // Its own database: the unit and rule added here would change other files' suggestions.
  desk = await openDeskBrowser({ clock, ownDatabase: 'admin-reference-browser' });
}, 180_000);
afterAll(async () => desk?.close());

describe('系统管理 → 承办单位, 派单规则, 社区与地名 and 诉求分类', () => {
  it('when the admin adds a unit and a community rule, then the 试算 names the unit with the rule as reason, and stopping the unit asks first', async () => {
    const admin = await desk.signIn('admin', '/admin?tab=units');
    await admin.getByRole('heading', { name: '承办单位', exact: true }).waitFor();
    await admin.getByRole('button', { name: '新增单位' }).click();
    const unitDialog = admin.getByRole('dialog', { name: '新增承办单位' });
    await unitDialog.getByLabel('编码').fill('DTWB');
    await unitDialog.getByLabel('名称').fill('电梯维保中心');
    await unitDialog.getByLabel('联系方式').fill('010-63000000');
    await unitDialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByRole('cell', { name: '电梯维保中心' }).waitFor();

    await admin.goto(admin.url().replace(/tab=units/, 'tab=routing'));
    await admin.getByRole('heading', { name: '派单规则', exact: true }).waitFor();
    await admin.getByRole('button', { name: '新增规则' }).click();
    const ruleDialog = admin.getByRole('dialog', { name: '新增派单规则' });
    // Typing filters the list; Enter takes the first match, as a keyboard user does.
    await ruleDialog.getByRole('combobox', { name: '问题分类' }).click();
    await admin.keyboard.type(LIFT);
    await admin.keyboard.press('Enter');
    await ruleDialog.getByTitle(LIFT).waitFor();
    await ruleDialog.getByRole('combobox', { name: '主办单位' }).click();
    await admin.keyboard.type('（DTWB）');
    await admin.keyboard.press('Enter');
    await ruleDialog.getByTitle('电梯维保中心（DTWB）').waitFor();
    await ruleDialog.getByRole('combobox', { name: '适用社区' }).click();
    await admin.keyboard.type('黑窑厂');
    await admin.keyboard.press('Enter');
    await ruleDialog.getByTitle('黑窑厂社区').waitFor();
    await ruleDialog.getByLabel('优先级').fill('5');
    await ruleDialog.getByRole('button', { name: /保\s*存/ }).click();
    const ruleRow = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: LIFT, exact: true }) });
    await ruleRow.getByRole('cell', { name: '黑窑厂社区', exact: true }).waitFor();
    await ruleRow.getByRole('cell', { name: '5', exact: true }).waitFor();

    await admin.getByLabel('地址').fill('黑窑厂街12号院3号楼');
    await admin.getByLabel('诉求内容').fill('3号楼电梯经常停运，老人上下楼很困难。');
    await admin.getByRole('button', { name: /试\s*算/ }).click();
    await admin.getByText(`将派给电梯维保中心，因为分类规则“${LIFT} · 黑窑厂社区”（优先级 5） → 电梯维保中心`).waitFor();
    await screenshot(admin, 'admin-routing-trial');

    await admin.goto(admin.url().replace(/tab=routing/, 'tab=units'));
    const unitRow = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: '电梯维保中心', exact: true }) });
    await unitRow.getByRole('cell', { name: '1 条', exact: true }).waitFor();
    await unitRow.getByRole('button', { name: /停\s*用/ }).click();
    const confirm = admin.getByRole('dialog').filter({ hasText: '仍有 1 条派单规则指定“电梯维保中心”' });
    await confirm.getByText(`${LIFT}（黑窑厂社区）`).waitFor();
    await confirm.getByRole('button', { name: '仍然停用' }).click();
    await unitRow.getByText('已停用', { exact: true }).waitFor();
    await admin.context().close();
  }, 180_000);

  it('when the admin opens 社区与地名, then the street\'s communities are listed with their place names', async () => {
    const admin = await desk.signIn('admin', '/admin?tab=communities');
    await admin.getByRole('heading', { name: '社区与地名', exact: true }).waitFor();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: '黑窑厂社区', exact: true }) });
    await row.getByText('陶然亭路', { exact: true }).waitFor();
    await admin.getByRole('cell', { name: '米市社区', exact: true }).waitFor();
    await admin.getByText('社区职责清单').waitFor();
    await admin.context().close();
  }, 180_000);

  it('when the admin adds a top-level category and stops it, then it stays in the tree tagged 已停用', async () => {
    const admin = await desk.signIn('admin', '/admin?tab=categories');
    await admin.getByRole('heading', { name: '诉求分类', exact: true }).waitFor();
    await admin.getByRole('button', { name: '新增一级分类' }).click();
    const dialog = admin.getByRole('dialog', { name: '新增一级分类' });
    await dialog.getByLabel('名称').fill('文明养犬');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: '文明养犬', exact: true }) });
    await row.getByRole('button', { name: /停\s*用/ }).click();
    await row.getByText('已停用', { exact: true }).waitFor();
    await row.getByRole('button', { name: /启\s*用/ }).waitFor();
    await admin.context().close();
  }, 180_000);
});
