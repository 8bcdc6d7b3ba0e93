import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, type DeskBrowser } from './desk-browser.js';

/**
 * The 工单 pages in Chromium against the real api: intake through the form, sign and dispatch through the buttons
 * the server allows, the unit's reply, a version conflict, and a leader who only ever sees masked personal data.
 * The tests run in order and share the order entered in the first one, as the people at the desk would.
 */
let t: TestApp;
let desk: DeskBrowser;
const run = Date.now().toString(36).toUpperCase();
const orderNo = `WEB-${run}`;
const phone = `139${String(Date.now()).slice(-8)}`;
const maskedPhone = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
const PHOTO = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('现场照片 web')]);
let orderId = '';

beforeAll(async () => {
  desk = await openDeskBrowser();
  t = desk.t;
});
afterAll(async () => desk?.close());

/** A fresh browser context per user (its own sessionStorage), signed in, on `path`. */
const signIn = (username: string, path = '/'): Promise<Page> => desk.signIn(username, path);

async function done(page: Page) {
  await page.context().close();
}

/** Picks `option` in the antd Select labelled `label` within `scope`, typing `search` first where it is searchable. */
async function choose(page: Page, scope: Locator, label: string, option: string, search?: string) {
  const box = scope.getByLabel(label);
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** An order entered, signed and dispatched to 城市管理办 through the api, for the tests that need one in hand. */
async function dispatchedOrderViaApi(): Promise<string> {
  const operator = { authorization: `Bearer ${await t.login('operator')}` };
  const supervisor = { authorization: `Bearer ${await t.login('supervisor')}` };
  const created = await t.http.post('/api/orders').set(operator).send({
    channel: 'hotline',
    receivedAt: new Date().toISOString(),
    citizenPhone: '13900009999',
    address: '黑窑厂街5号',
    type: 'complaint',
    content: '楼下餐馆油烟扰民，晚上十点后仍在营业。',
  });
  expect(created.status).toBe(201);
  const cgb = { id: (await t.unitIds()).CGB! };
  expect((await t.http.post(`/api/orders/${created.body.id}/actions/sign`).set(supervisor).send({ version: created.body.version })).status).toBe(200);
  const dispatched = await t.http.post(`/api/orders/${created.body.id}/actions/dispatch`).set(supervisor).send({ version: created.body.version + 1, leadUnitId: cgb.id });
  expect({ status: dispatched.status, body: dispatched.body }).toMatchObject({ status: 200 });
  return created.body.id as string;
}

describe('工单 pages', () => {
  it('when an operator submits 新建工单 incomplete, then the messages appear next to the fields; when complete, then the order opens as 待签收', async () => {
    const page = await signIn('operator');
    await page.getByRole('link', { name: '新建工单' }).first().click();
    await page.getByRole('heading', { name: '新建工单' }).waitFor();

    await page.getByRole('button', { name: '提交工单' }).click();
    await page.locator('#intake_address_help').waitFor();
    expect(await page.locator('#intake_address_help').textContent()).toContain('请填写诉求地址');
    expect(await page.getByLabel('诉求地址').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('工单编号').fill(orderNo);
    await page.getByLabel('诉求人姓名').fill('陈某某');
    await page.getByLabel('联系电话').fill(phone);
    await page.getByLabel('诉求地址').fill('黑窑厂街12号院3号楼');
    const intake = page.getByRole('form', { name: '新建工单' });
    await choose(page, intake, '诉求类型', '投诉');
    // 问题分类 is a searchable tree: type a keyword, pick the leaf.
    await intake.getByLabel('问题分类').fill('物业服务');
    await page.getByRole('treeitem', { name: '物业服务', exact: true }).click();
    await page.getByLabel('诉求内容').fill('黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。');
    await page.getByRole('button', { name: '提交工单' }).click();

    await page.getByRole('heading', { name: `工单 ${orderNo}` }).waitFor();
    orderId = page.url().split('/orders/')[1] ?? '';
    expect(orderId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await page.textContent('main')) ?? '';
    expect(body).toContain('待签收');
    expect(body).toContain('黑窑厂社区'); // derived by the server from the address
    expect(body).toContain(phone); // operators call citizens back: clear
    await page.getByRole('heading', { name: '办理过程' }).waitFor();
    expect(body).toContain('录入工单');
    await done(page);
  });

  it('when a supervisor opens it from 调度 and uses 签收 then 派单, then it is 办理中 at 城市管理办', async () => {
    const page = await signIn('supervisor', '/dispatch');
    await page.getByRole('link', { name: orderNo }).click();
    await page.getByRole('heading', { name: `工单 ${orderNo}` }).waitFor();

    await page.getByRole('button', { name: '签收', exact: true }).click();
    const sign = page.getByRole('dialog', { name: '签收' });
    await sign.getByRole('button', { name: '提交' }).click();
    await page.getByText('「签收」已完成').waitFor();

    await page.getByRole('button', { name: '派单', exact: true }).click();
    const dispatch = page.getByRole('dialog', { name: '派单' });
    await choose(page, dispatch, '主办单位', '城市管理办', '城市');
    await dispatch.getByLabel('派单要求').fill('请三日内联系诉求人');
    await dispatch.getByRole('button', { name: '提交' }).click();
    await page.getByText('「派单」已完成').waitFor();

    const fields = page.getByRole('region', { name: '工单信息' });
    expect(await fields.textContent()).toContain('办理中');
    expect(await fields.textContent()).toContain('城市管理办');
    expect(await page.getByRole('region', { name: '办理过程' }).textContent()).toContain('派单要求：请三日内联系诉求人');
    // The server no longer offers 派单 in this state, so neither does the page.
    expect(await page.getByRole('button', { name: '派单', exact: true }).count()).toBe(0);
    await done(page);
  });

  it('when unit.cgb opens its list, then the order is there; a reply without content is refused next to the field, and a complete one makes it 待初审', async () => {
    const page = await signIn('unit.cgb', '/orders');
    await page.getByRole('link', { name: orderNo }).click();
    await page.getByRole('heading', { name: `工单 ${orderNo}` }).waitFor();
    for (const action of ['接收', '回复', '退回街道', '申请延期']) {
      await page.getByRole('button', { name: action, exact: true }).waitFor();
    }

    await page.getByRole('button', { name: '回复', exact: true }).click();
    const reply = page.getByRole('dialog', { name: '回复' });
    await reply.getByRole('radiogroup', { name: '是否已联系诉求人' }).getByLabel('是').check();
    await choose(page, reply, '联系方式', '电话');
    await choose(page, reply, '办理结果', '已解决');
    await reply.getByRole('button', { name: '提交' }).click();
    await reply.locator('#action_content_help').waitFor();
    expect(await reply.getByLabel('回复内容').getAttribute('aria-invalid')).toBe('true');

    await reply.getByLabel('回复内容').fill('已联系物业公司，楼道已清理完毕，并要求每日保洁。');
    // Uploaded as soon as picked; a disguised file is refused with the server's reason, the photo is kept.
    await reply.getByLabel('附件', { exact: true }).setInputFiles([
      { name: '现场照片.png', mimeType: 'image/png', buffer: PHOTO },
      { name: '伪装.png', mimeType: 'image/png', buffer: Buffer.from('MZ\u0090\u0000\u0003') },
    ]);
    await reply.getByRole('button', { name: '移除 现场照片.png' }).waitFor();
    expect(await reply.locator('#action_attachmentIds-error').textContent()).toMatch(/伪装\.png：.*不是可接受的类型/);
    await reply.getByRole('button', { name: '提交' }).click();
    await page.getByText('「回复」已完成').waitFor();

    const files = page.getByRole('region', { name: '附件' });
    expect(await files.textContent()).toContain('现场照片.png');
    const [download] = (await Promise.all([page.waitForEvent('download'), files.getByRole('button', { name: '下载 现场照片.png' }).click()])) as [Download, unknown];
    expect(download.suggestedFilename()).toBe('现场照片.png');
    expect(readFileSync(await download.path()).equals(PHOTO)).toBe(true);

    expect(await page.getByRole('region', { name: '工单信息' }).textContent()).toContain('待初审');
    const replyPanel = page.getByRole('region', { name: '办理回复' });
    expect(await replyPanel.textContent()).toContain('已联系物业公司，楼道已清理完毕');
    expect(await replyPanel.textContent()).toContain('已解决');
    await done(page);
  });

  it('when a reviewer reveals the phone with a reason and approves with the checklist judged, then the phone shows in clear and the order is 已办结', async () => {
    const page = await signIn('reviewer', `/orders/${orderId}`);
    await page.getByRole('heading', { name: `工单 ${orderNo}` }).waitFor();
    expect(await page.textContent('main')).toContain(maskedPhone);
    await page.getByRole('button', { name: '查看完整信息' }).click();
    await page.getByLabel('查看理由').fill('初审核实');
    await page.getByRole('button', { name: '确认查看' }).click();
    await page.getByText('已记入审计').waitFor();
    expect(await page.textContent('main')).toContain(phone);

    await page.getByRole('button', { name: '初审通过', exact: true }).click();
    const approve = page.getByRole('dialog', { name: '初审通过' });
    // Every item starts as 通过; the reviewer can mark one 不适用.
    await approve.getByRole('radiogroup', { name: '不予支持的诉求有法规政策依据' }).getByLabel('不适用').check();
    await approve.getByRole('button', { name: '提交' }).click();
    await page.getByText('「初审通过」已完成').waitFor();
    expect(await page.getByRole('region', { name: '工单信息' }).textContent()).toContain('已办结');
    await done(page);
  });

  it('when someone else changes the order while a form is open, then submitting says 工单已被他人更新，已刷新 and shows the new state', async () => {
    const id = await dispatchedOrderViaApi();
    const page = await signIn('supervisor', `/orders/${id}`);
    await page.getByRole('button', { name: '催办', exact: true }).click();
    const urge = page.getByRole('dialog', { name: '催办' });
    await urge.getByLabel('催办意见').fill('请尽快联系诉求人');

    const supervisor = { authorization: `Bearer ${await t.login('supervisor')}` };
    const current = await t.http.get(`/api/orders/${id}`).set(supervisor);
    expect((await t.http.post(`/api/orders/${id}/actions/urge`).set(supervisor).send({ version: current.body.version })).status).toBe(200);

    await urge.getByRole('button', { name: '提交' }).click();
    await page.getByRole('alert').filter({ hasText: '工单已被他人更新，已刷新' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const fields = await page.getByRole('region', { name: '工单信息' }).textContent();
    expect(fields).toMatch(/催办次数\s*1/);
    await done(page);
  });

  it('when a leader looks at the list and the order, then only the masked phone is shown and there is no reveal and no action', async () => {
    const page = await signIn('leader', `/orders?q=${encodeURIComponent(orderNo)}`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: orderNo }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(maskedPhone);

    await page.getByRole('link', { name: orderNo }).click();
    await page.getByRole('heading', { name: `工单 ${orderNo}` }).waitFor();
    await page.getByRole('heading', { name: '办理过程' }).waitFor();
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain(maskedPhone);
    expect(main).toContain('已脱敏');
    expect(main).not.toContain(phone);
    expect(await page.getByRole('button', { name: '查看完整信息' }).count()).toBe(0);
    expect(main).toContain('当前状态下您没有可执行的操作');
    await done(page);
  });

  it('when an order is entered elsewhere while a supervisor has the list open, then it appears without a reload', async () => {
    const page = await signIn('supervisor', '/orders');
    await page.getByText('实时连接：已连接').waitFor();
    await page.getByRole('heading', { level: 1, name: '工单', exact: true }).waitFor();
    await page.getByRole('region', { name: '查询结果' }).getByText('正在加载…').waitFor({ state: 'detached' });
    const liveNo = `LIVE-${run}`;
    const operator = { authorization: `Bearer ${await t.login('operator')}` };
    const res = await t.http.post('/api/orders').set(operator).send({
      upstreamNo: liveNo,
      channel: 'hotline',
      receivedAt: new Date().toISOString(),
      citizenPhone: '13900008888',
      address: '南华东街8号',
      type: 'help',
      content: '家中老人摔倒，需要社区帮助联系医院。',
    });
    expect(res.status).toBe(201);
    await page.getByRole('link', { name: liveNo }).waitFor({ timeout: 10_000 });
    await done(page);
  });
});
