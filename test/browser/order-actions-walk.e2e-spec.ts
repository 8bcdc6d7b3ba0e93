import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * One order through the detail page's action dialogs in Chromium against the real api. It is entered and signed
 * through the api with category 城乡建设/物业管理/物业服务, which the street's routing rule 城乡建设/物业管理 gives to
 * 城市管理办 (libs/reference/data/taoranting.json); the supervisor dispatches it by keyboard from the suggestion,
 * then unit.cgb accepts it, reports the call to the citizen and replies from a 常用答复. The tests run in order.
 */
let t: TestApp;
let desk: DeskBrowser;
const run = Date.now().toString(36).toUpperCase();
const orderNo = `WALK-${run}`;
const templateTitle = `物业服务督促整改 ${run}`;
const SUGGESTION = '建议：城市管理办 — 规则：分类规则“城乡建设/物业管理” → 城市管理办';
/** The template as unit.cgb will see it filled: salutation, address and the lead unit come from the order. */
const RENDERED = '陈先生/女士您好：您反映的黑窑厂街12号院3号楼楼道卫生问题，城市管理办已督促物业公司清理，并要求每日保洁。';
let orderId = '';

const as = async (user: string) => ({ authorization: `Bearer ${await t.login(user)}` });

beforeAll(async () => {
  desk = await openDeskBrowser();
  t = desk.t;
  const created = await t.http.post('/api/orders').set(await as('operator')).send({
    upstreamNo: orderNo,
    channel: 'hotline',
    receivedAt: new Date().toISOString(),
    citizenName: '陈某某',
    citizenPhone: `138${String(Date.now()).slice(-8)}`,
    address: '黑窑厂街12号院3号楼',
    type: 'complaint',
    category: '城乡建设/物业管理/物业服务',
    content: '黑窑厂街12号院3号楼楼道堆满杂物和垃圾，物业一直不清理，希望尽快处理。',
  });
  expect(created.status).toBe(201);
  orderId = created.body.id as string;
  const signed = await t.http.post(`/api/orders/${orderId}/actions/sign`).set(await as('supervisor')).send({ version: created.body.version });
  expect(signed.status).toBe(200);
  const template = await t.http.post('/api/reply-templates').set(await as('supervisor')).send({
    categoryPrefix: '城乡建设/物业管理',
    title: templateTitle,
    body: '{{诉求人称呼}}您好：您反映的{{诉求地址}}楼道卫生问题，{{承办单位}}已督促物业公司清理，并要求每日保洁。',
  });
  expect(template.status).toBe(201);
});
afterAll(async () => desk?.close());

/** Picks `option` in the antd Select labelled `label` within `scope`, typing `search` first where it is searchable. */
async function choose(page: Page, scope: Locator, label: string, option: string, search?: string) {
  const box = scope.getByLabel(label);
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** `2026-11-25 10:00` in Beijing, as the pickers show and take it. */
function beijingTime(ms: number): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Types a time into the antd DatePicker labelled `label` and confirms it with Enter. */
async function pickTime(scope: Locator, label: string, text: string) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await expect(input.inputValue()).resolves.toBe(text);
}

async function openOrder(username: string): Promise<Page> {
  const page = await desk.signIn(username, `/orders/${orderId}`);
  await page.getByRole('heading', { name: `工单 ${orderNo}` }).waitFor();
  return page;
}

describe('order detail: action dialogs', () => {
  it('when the supervisor opens 派单 (Alt+D), then the routing rule\'s unit is preselected with its reason; a co-unit is added by search and Ctrl+Enter dispatches', async () => {
    const page = await openOrder('supervisor');
    const dispatchButton = page.getByRole('button', { name: '派单', exact: true });
    expect(await dispatchButton.getAttribute('title')).toBe('派单（Alt+D）');
    expect(await page.getByRole('button', { name: '签收', exact: true }).count()).toBe(0); // signed already

    await page.keyboard.press('Alt+KeyD');
    const dispatch = page.getByRole('dialog', { name: '派单' });
    await dispatch.getByText(SUGGESTION).waitFor();
    const lead = dispatch.locator('.ant-form-item').filter({ has: page.locator('#action_leadUnitId') });
    await lead.locator('.ant-select-content[title="城市管理办"]').waitFor(); // preselected, not typed
    expect(await dispatch.getByLabel('主办单位').getAttribute('aria-describedby')).toContain('action_leadUnitId_extra');

    // The lead unit is not offered as a co-unit; the residents' committee is found by typing part of its name.
    await dispatch.getByLabel('协办单位').click();
    await dispatch.getByLabel('协办单位').fill('城市');
    await page.getByText('没有匹配的单位').waitFor();
    await dispatch.getByLabel('协办单位').fill('黑窑厂');
    await page.getByRole('option', { name: '黑窑厂社区居委会', exact: true }).click();
    await page.keyboard.press('Tab'); // leaves the list, which closes it
    await dispatch.getByLabel('派单要求').fill('请三日内联系诉求人，社区居委会协助入户');
    await screenshot(page, 'supervisor-dispatch');
    expect(await dispatch.getByRole('button', { name: '提交' }).getAttribute('aria-keyshortcuts')).toBe('Ctrl+Enter');

    await page.keyboard.press('Control+Enter');
    await page.getByText('「派单」已完成').waitFor();
    const fields = (await page.getByRole('region', { name: '工单信息' }).textContent()) ?? '';
    expect(fields).toContain('办理中');
    expect(fields).toMatch(/主办单位\s*城市管理办/);
    const saved = await t.http.get(`/api/orders/${orderId}`).set(await as('supervisor'));
    expect(saved.body).toMatchObject({ leadUnitName: '城市管理办', coUnitNames: ['黑窑厂社区居委会'] }); // Tab added nothing
    expect(await page.getByRole('region', { name: '办理过程' }).textContent()).toContain('派单要求：请三日内联系诉求人，社区居委会协助入户');
    await page.context().close();
  });

  it('when unit.cgb accepts the order and reports the call, then every missing answer is named at once, the server\'s refusal of a future time lands on 联系时间, and each clears once fixed', async () => {
    const page = await openOrder('unit.cgb');
    await page.getByRole('button', { name: '接收', exact: true }).click();
    const accept = page.getByRole('dialog').filter({ hasText: `接收工单 ${orderNo}？` });
    await accept.getByRole('button', { name: '接收', exact: true }).click();
    await page.getByText('「接收」已完成').waitFor();
    expect(await page.getByRole('button', { name: '接收', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: '联系市民', exact: true }).click();
    const contact = page.getByRole('dialog', { name: '联系市民' });
    expect(await contact.getByLabel('联系时间').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/); // now, Beijing time
    await contact.getByRole('button', { name: '提交' }).click();
    for (const message of ['请选择联系方式', '请填写联系人', '请填写联系情况']) await contact.getByText(message).waitFor();
    // …and only those: the time prefilled with now passes.
    expect(await contact.locator('.ant-form-item-explain-error').allTextContents()).toEqual(['请选择联系方式', '请填写联系人', '请填写联系情况']);
    // The first missing answer has the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('action_method');

    await contact.getByLabel('联系人').fill('张伟');
    await contact.getByText('请填写联系人').waitFor({ state: 'detached' });
    expect(await contact.getByLabel('联系人').getAttribute('aria-invalid')).toBeNull();
    await choose(page, contact, '联系方式', '电话');
    await contact.getByLabel('联系情况').fill('已电话联系诉求人，约定明日上门查看楼道。');

    // A call dated tomorrow is the server's to refuse (ORDER_DATE_IN_FUTURE): its message lands on 联系时间.
    await pickTime(contact, '联系时间', beijingTime(Date.now() + 86_400_000));
    await contact.getByRole('button', { name: '提交' }).click();
    await contact.locator('#action_contactedAt_help').getByText('该时间不能晚于当前时间').waitFor();
    expect(await contact.getByLabel('联系时间').getAttribute('aria-invalid')).toBe('true');
    await pickTime(contact, '联系时间', beijingTime(Date.now() - 3_600_000));
    await contact.getByText('该时间不能晚于当前时间').waitFor({ state: 'detached' });
    await contact.getByRole('button', { name: '提交' }).click();
    await page.getByText('「联系市民」已完成').waitFor();
    expect(await page.getByRole('region', { name: '办理过程' }).textContent()).toContain('联系人：张伟');
    await page.context().close();
  });

  it('when unit.cgb replies choosing a 常用答复, then the template filled from the order is in the reply, still editable, and the order goes to 待初审', async () => {
    const page = await openOrder('unit.cgb');
    await page.getByRole('button', { name: '回复', exact: true }).click();
    const reply = page.getByRole('dialog', { name: '回复' });
    await choose(page, reply, '常用答复', templateTitle);
    const content = reply.getByLabel('回复内容');
    // The server fills the template: wait for its text to arrive in the field.
    await page.waitForFunction((text) => (document.getElementById('action_content') as HTMLTextAreaElement | null)?.value === text, RENDERED);

    await content.press('End');
    await content.pressSequentially('如仍有问题请再次来电。');
    await reply.getByRole('radiogroup', { name: '是否已联系诉求人' }).getByLabel('是').check();
    await choose(page, reply, '联系方式', '电话');
    await choose(page, reply, '办理结果', '已解决');
    await screenshot(page, 'unit-reply');
    await reply.getByRole('button', { name: '提交' }).click();
    await page.getByText('「回复」已完成').waitFor();

    expect(await page.getByRole('region', { name: '工单信息' }).textContent()).toContain('待初审');
    expect(await page.getByRole('region', { name: '办理回复' }).textContent()).toContain(`${RENDERED}如仍有问题请再次来电。`);
    await screenshot(page, 'order-detail');
    await page.context().close();
  });

  it('when an order does not exist, then the page says so and links back to the list', async () => {
    const page = await desk.signIn('supervisor', `/orders/${randomUUID()}`);
    await page.getByText('工单不存在，或不在您的办理范围内。').waitFor();
    await page.getByRole('link', { name: '返回工单列表' }).click();
    await page.getByRole('heading', { level: 1, name: '工单', exact: true }).waitFor();
    await page.context().close();
  });
});
