import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 新建工单 as a seat operator uses it during a call (issue 10), in Chromium against the real api: the form says every
 * problem at once, repeat calls and classification suggestions appear while typing — before anything is submitted —
 * and the new order opens as 待签收, ready to sign.
 */
let t: TestApp;
let desk: DeskBrowser;
const run = Date.now().toString(36).toUpperCase();
/** The caller of this run: unique, so earlier runs' orders in the shared database do not answer for this one. */
const CALLER = `137${String(Date.now()).slice(-8)}`;
const PRIOR_NO = `WALK-${run}`;

beforeAll(async () => {
  desk = await openDeskBrowser();
  t = desk.t;
  // The same citizen called yesterday evening: entered through the api, as the platform sync would.
  const operator = { authorization: `Bearer ${await t.login('operator')}` };
  const prior = await t.http.post('/api/orders').set(operator).send({
    upstreamNo: PRIOR_NO,
    channel: 'hotline',
    receivedAt: new Date(Date.now() - 20 * 3_600_000).toISOString(),
    citizenName: '周某某',
    citizenPhone: CALLER,
    address: '南华里5号楼2单元',
    type: 'complaint',
    content: '楼道里堆放大量杂物，存在消防隐患。',
  });
  expect(prior.status).toBe(201);
});
afterAll(async () => desk?.close());

async function openIntake(): Promise<Page> {
  const page = await desk.signIn('operator');
  await page.getByRole('link', { name: '新建工单' }).first().click();
  await page.getByRole('heading', { name: '新建工单' }).waitFor();
  return page;
}

/** Picks `option` in the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const help = (page: Page, field: string) => page.locator(`#intake_${field}_help`);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('新建工单 during a call', () => {
  it('when the operator submits with Enter before typing anything, then every missing field says so at once and the caret goes to the first, 联系电话', async () => {
    const page = await openIntake();
    // Enter in a one-line field submits: from the last field of the form, far from the first problem.
    await page.getByLabel('标签').click();
    await page.keyboard.press('Enter');

    await help(page, 'citizenPhone').getByText('来电工单须填写联系电话').waitFor();
    expect(await help(page, 'address').textContent()).toContain('请填写诉求地址');
    expect(await help(page, 'content').textContent()).toContain('请填写诉求内容');
    expect(await help(page, 'type').textContent()).toContain('请选择诉求类型');
    expect(await page.getByLabel('诉求地址').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('intake_citizenPhone');

    // Each message goes as soon as its field is put right; the others stay.
    await page.getByLabel('诉求地址').fill('黑窑厂街12号院');
    await help(page, 'address').waitFor({ state: 'detached' });
    expect(await page.getByLabel('诉求地址').getAttribute('aria-invalid')).toBeNull();
    expect(await help(page, 'content').textContent()).toContain('请填写诉求内容');
    await page.context().close();
  });

  it('when the caller has called before, then the repeat is flagged with its reason before submitting; a suggestion is adopted in one click; the order opens 待签收 and is signed', async () => {
    const page = await openIntake();
    // Tab follows the call: phone, name, address, content.
    expect(await focusedId(page)).toBe('intake_citizenPhone');
    await page.keyboard.type(CALLER);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('intake_citizenName');
    await page.keyboard.type('周某某');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('intake_address');
    await page.keyboard.type('南华里5号楼2单元');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('intake_content');
    await page.keyboard.type('楼道里的杂物还没清走，堆到了楼梯口，存在消防隐患。');

    // 疑似重复, with the rule that matched, while nothing has been submitted.
    const assist = page.getByRole('complementary', { name: '来电辅助' });
    const prior = assist.getByRole('link', { name: `工单 ${PRIOR_NO}` });
    await prior.waitFor();
    const warning = assist.getByRole('alert').filter({ hasText: PRIOR_NO });
    expect(await warning.textContent()).toContain('同一来电号码7日内');
    expect(await warning.textContent()).toContain('待签收');
    // The earlier order opens beside the form, which keeps the call.
    await prior.click();
    const preview = page.getByRole('dialog', { name: `工单 ${PRIOR_NO}` });
    await preview.getByText('楼道里堆放大量杂物，存在消防隐患。').waitFor();
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('诉求地址').inputValue()).toBe('南华里5号楼2单元');

    // 分类建议 with reasons; 采用 fills 问题分类.
    const suggestions = assist.getByRole('region', { name: '分类建议' });
    await suggestions.getByText('市容环境/环境卫生/楼道堆物', { exact: true }).waitFor();
    expect(await suggestions.textContent()).toMatch(/内容含关键词“.*楼道.*”/);
    expect(await suggestions.textContent()).toContain('南华里社区');
    await suggestions.getByRole('button', { name: '采用问题分类建议：市容环境/环境卫生/楼道堆物' }).click();
    await suggestions.getByText('已采用').waitFor();
    const categoryItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('问题分类') });
    expect(await categoryItem.textContent()).toContain('市容环境 › 环境卫生 › 楼道堆物');

    await choose(page, '诉求类型', '投诉');
    // The whole form in view, the help column beside it, no open dropdown.
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'operator-intake');

    // Ctrl+Enter submits from the content.
    await page.getByLabel('诉求内容').click();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: /^工单 / }).waitFor();
    const orderId = page.url().split('/orders/')[1] ?? '';
    expect(orderId).toMatch(/^[0-9a-f-]{36}$/);
    const fields = page.getByRole('region', { name: '工单信息' });
    await fields.getByText('待签收').waitFor();
    expect(await fields.textContent()).toMatch(/市容环境.+环境卫生.+楼道堆物/);

    // After intake, the same repeat is kept on the order, and 合并 picks the master by what identifies it.
    const duplicates = page.getByRole('region', { name: '疑似重复' });
    await duplicates.getByRole('link', { name: `工单 ${PRIOR_NO}` }).waitFor();
    await duplicates.getByRole('button', { name: `合并到工单 ${PRIOR_NO}` }).click();
    const merge = page.getByRole('dialog', { name: '合并重复件' });
    const master = merge.locator('.ant-form-item').filter({ has: page.getByLabel('主工单') });
    expect(await master.textContent()).toMatch(new RegExp(`工单 ${PRIOR_NO} · .* · 待签收 · 南华里5号楼2单元`));
    await merge.getByRole('button', { name: '取消' }).click();
    await merge.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '签收', exact: true }).click();
    const sign = page.getByRole('dialog', { name: '签收' });
    await sign.getByRole('button', { name: '提交' }).click();
    await page.getByText('「签收」已完成').waitFor();
    expect(await fields.textContent()).toContain('待派单');

    const token = await t.login('operator');
    const stored = await t.http.get(`/api/orders/${orderId}`).set('authorization', `Bearer ${token}`);
    expect(stored.body).toMatchObject({ status: 'signed', category: '市容环境/环境卫生/楼道堆物', type: 'complaint' });
    await page.context().close();
  }, 120_000); // a whole call, intake to 签收: more than the default minute on a loaded two-core machine

  it('when the server refuses a field the form cannot check (a 工单编号 already entered), then its message shows on that field, which gets the caret', async () => {
    const page = await openIntake();
    await page.getByLabel('联系电话').fill('13900004321');
    await page.getByLabel('诉求地址').fill('黑窑厂街12号院3号楼');
    await page.getByLabel('诉求内容').fill('楼道灯坏了，晚上看不清台阶。');
    await choose(page, '诉求类型', '求助');
    await page.getByLabel('工单编号').fill(PRIOR_NO);
    await page.getByRole('button', { name: '提交工单' }).click();

    await help(page, 'upstreamNo').getByText(`工单编号 ${PRIOR_NO} 已存在`).waitFor();
    expect(await focusedId(page)).toBe('intake_upstreamNo');
    await page.getByRole('alert').filter({ hasText: '请检查标出的内容后重新提交' }).waitFor();
    // Editing the number takes the server's message away.
    await page.keyboard.type('-2');
    await help(page, 'upstreamNo').waitFor({ state: 'detached' });
    await page.context().close();
  });
});
