import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, type DeskBrowser } from './desk-browser.js';

/**
 * The 审核 and 挂账 pages in Chromium against the real api. Replied orders are made through the api (intake, sign,
 * dispatch, the unit's reply); the reviewer then works in the browser: the queue, the flagged wording, the server
 * refusing an approval with a failed item, a rejection with its comment, a clean approval, a 剔除申请.
 */
const GOOD_REPLY = '经核实，物业公司已清理楼道垃圾，并已责令其每日保洁。已电话告知诉求人处理结果。';
const WORDING_ITEM = '用语文明规范，无禁用表述';
let t: TestApp;
let desk: DeskBrowser;
const run = Date.now().toString(36).toUpperCase();
const flaggedNo = `REV-F-${run}`;
const cleanNo = `REV-C-${run}`;
let flaggedId = '';
let cleanId = '';
let seq = 0;

beforeAll(async () => {
  desk = await openDeskBrowser();
  t = desk.t;
});
afterAll(async () => desk?.close());

/** A fresh browser context per user (its own sessionStorage), signed in, on `path`. */
const signIn = (username: string, path = '/'): Promise<Page> => desk.signIn(username, path);

const as = async (user: string) => ({ authorization: `Bearer ${await t.login(user)}` });

async function order(id: string) {
  const res = await t.http.get(`/api/orders/${id}`).set(await as('supervisor'));
  expect(res.status).toBe(200);
  return res.body as { status: string; version: number; timeline: { action: string; payload: Record<string, unknown> | null }[] };
}

async function act(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const { version } = await order(id);
  const res = await t.http.post(`/api/orders/${id}/actions/${action}`).set(await as(user)).send({ version, ...body });
  expect({ action, status: res.status }).toEqual({ action, status: 200 });
}

/** An order dispatched to 城市管理办 through the api. */
async function dispatched(upstreamNo: string): Promise<string> {
  seq++;
  const created = await t.http.post('/api/orders').set(await as('operator')).send({
    upstreamNo,
    channel: 'hotline',
    receivedAt: new Date().toISOString(),
    citizenPhone: `1390000${String(7000 + seq)}`,
    address: '黑窑厂街12号院3号楼',
    type: 'complaint',
    category: '城乡建设/物业管理/物业服务',
    content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。',
  });
  expect(created.status).toBe(201);
  const cgb = { id: (await t.unitIds()).CGB! };
  await act('supervisor', created.body.id, 'sign');
  await act('supervisor', created.body.id, 'dispatch', { leadUnitId: cgb.id });
  return created.body.id as string;
}

/** …and replied by the unit with `content`: 待初审. */
async function replied(upstreamNo: string, content: string): Promise<string> {
  const id = await dispatched(upstreamNo);
  await act('unit.cgb', id, 'reply', { content, contacted: true, contactedAt: new Date().toISOString(), contactMethod: 'phone', result: 'solved' });
  return id;
}

/** Judges every item on the screen 通过, except those named, which are left as they are. */
async function passAllBut(page: Page, keep: readonly string[]) {
  const groups = page.getByRole('region', { name: '初审', exact: true }).getByRole('radiogroup');
  for (let i = 0; i < (await groups.count()); i++) {
    const group = groups.nth(i);
    if (keep.includes((await group.getAttribute('aria-label')) ?? '')) continue;
    await group.getByLabel('通过', { exact: true }).check();
  }
}

describe('审核 pages', () => {
  it('when a reviewer opens the queue and a reply arrives, then it appears without a reload, and the flagged phrase is highlighted on its review screen', async () => {
    flaggedId = await replied(flaggedNo, `${GOOD_REPLY}此事不归我们管。`);
    const page = await signIn('reviewer', '/review');
    await page.getByText('实时连接：已连接').waitFor();
    await page.getByRole('link', { name: flaggedNo }).waitFor();
    await page.getByRole('region', { name: '待初审' }).getByText('正在加载…').waitFor({ state: 'detached' });

    cleanId = await replied(cleanNo, GOOD_REPLY);
    await page.getByRole('link', { name: cleanNo }).waitFor({ timeout: 10_000 }); // order.changed refreshed the queue

    await page.getByRole('link', { name: flaggedNo }).click();
    await page.getByRole('heading', { name: `初审 工单 ${flaggedNo}` }).waitFor();
    const mark = page.getByRole('region', { name: '承办回复' }).locator('mark');
    expect(await mark.allTextContents()).toEqual(['不归我们管']);
    const screening = (await page.getByRole('region', { name: '自动筛查' }).textContent()) ?? '';
    expect(screening).toContain('推诿敷衍用语');
    expect(screening).toContain(WORDING_ITEM);
    // pre-failed by screening
    expect(await page.getByRole('radiogroup', { name: WORDING_ITEM }).getByLabel('不通过').isChecked()).toBe(true);
    await page.context().close();
  });

  it('when approving with a failed item, then the server refuses next to the item; when rejecting, then the comment is required, and with it the order goes back and the next one opens', async () => {
    const page = await signIn('reviewer', `/review/${flaggedId}`);
    await page.getByRole('heading', { name: `初审 工单 ${flaggedNo}` }).waitFor();
    await passAllBut(page, [WORDING_ITEM]);

    await page.getByRole('button', { name: '初审通过' }).click();
    const refusal = page.getByRole('region', { name: '初审', exact: true }).getByRole('alert');
    await refusal.filter({ hasText: '不能初审通过' }).waitFor();
    expect(await refusal.textContent()).toContain(WORDING_ITEM);
    const row = page.getByRole('radiogroup', { name: WORDING_ITEM });
    expect(await row.getAttribute('aria-invalid')).toBe('true');
    // The item's message is antd's help under it, tied to the radio group by aria-describedby.
    const help = await row.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${help}"]`).textContent()).toContain('此项判定为不通过');
    expect((await order(flaggedId)).status).toBe('replied');

    await page.getByRole('button', { name: '驳回' }).click();
    await page.locator('#review_comment_help').getByText('驳回时请填写审核意见').waitFor(); // checked before sending
    expect(await page.getByLabel('审核意见').getAttribute('aria-invalid')).toBe('true');

    // The order that should open next: the queue's first other than this one (earliest review deadline).
    const queue = await t.http.get('/api/review/queue?pageSize=100').set(await as('reviewer'));
    const next = (queue.body.items as { id: string }[]).find((item) => item.id !== flaggedId);
    expect(next?.id).toBeDefined(); // at least the clean reply of the first test

    await page.getByLabel('审核意见').fill('请删除推诿用语，写明处理结果后重新答复');
    await page.getByRole('button', { name: '驳回' }).click();
    await page.getByText('「驳回」已完成').waitFor();
    expect(page.url()).toBe(`${t.url}/review/${next!.id}`);
    await page.getByRole('region', { name: '初审', exact: true }).waitFor();

    const after = await order(flaggedId);
    expect(after.status).toBe('dispatched');
    expect(after.timeline.at(-1)).toMatchObject({ action: 'reject', payload: expect.objectContaining({ comment: '请删除推诿用语，写明处理结果后重新答复' }) });
    await page.context().close();
  });

  it('when a clean reply is approved with every item passed, then it is 已办结, and a 剔除申请 can be filed from the order page', async () => {
    const page = await signIn('reviewer', '/review');
    await page.getByRole('link', { name: cleanNo }).click();
    await page.getByRole('heading', { name: `初审 工单 ${cleanNo}` }).waitFor();
    expect(await page.getByRole('region', { name: '承办回复' }).locator('mark').count()).toBe(0);
    await passAllBut(page, []);
    await page.getByRole('button', { name: '初审通过' }).click();
    await page.getByText('「初审通过」已完成').waitFor();
    expect((await order(cleanId)).status).toBe('closed');

    await page.goto(`${t.url}/orders/${cleanId}`);
    await page.getByRole('button', { name: '回访', exact: true }).waitFor(); // the callback form is the order page's
    const exclusion = page.getByRole('region', { name: '剔除申请' });
    await exclusion.getByRole('button', { name: '提交剔除申请' }).click();
    await exclusion.locator('#exclusion_reason_help').getByText('请填写剔除理由').waitFor(); // empty: said before sending
    await exclusion.getByLabel('剔除理由').fill('诉求人要求超出政策规定范围，属不合理诉求');
    await exclusion.getByLabel('证明材料', { exact: true }).setInputFiles([
      { name: '政策依据.txt', mimeType: 'text/plain', buffer: Buffer.from('《北京市物业管理条例》第三十五条') },
      { name: '现场照片.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
    ]);
    await exclusion.getByRole('button', { name: '移除 现场照片.png' }).waitFor();
    await exclusion.getByRole('button', { name: '提交剔除申请' }).click();
    await exclusion.getByText('剔除申请已提交').waitFor();
    await exclusion.getByText('待审批', { exact: true }).waitFor();
    expect(await exclusion.getByRole('button', { name: '提交剔除申请' }).count()).toBe(0); // one pending request at a time
    const history = await t.http.get(`/api/review/orders/${cleanId}/history`).set(await as('reviewer'));
    expect(history.body.exclusions).toMatchObject([{ status: 'pending', evidenceIds: [expect.any(String), expect.any(String)] }]);
    // The evidence is now the order's: listed by name in the request and in the order's 附件 panel.
    await exclusion.getByText('证明材料：政策依据.txt、现场照片.png').waitFor();
    expect(await page.getByRole('region', { name: '附件' }).textContent()).toContain('政策依据.txt');
    await page.context().close();
  });
});

describe('挂账 page', () => {
  it('when a supervisor hangs an order, then it is listed with its plan, and filtering 逾期未报进展 leaves it out', async () => {
    const hungNo = `HUNG-${run}`;
    const id = await dispatched(hungNo);
    await act('supervisor', id, 'hang', { plan: '纳入老旧小区改造计划，年内完成', nextProgressAt: new Date(Date.now() + 3 * 86400e3).toISOString() });

    const page = await signIn('supervisor', '/hung');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: hungNo }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('纳入老旧小区改造计划');
    expect(await row.textContent()).not.toContain('逾期未报进展');

    await page.getByRole('radiogroup', { name: '进展情况' }).getByText('逾期未报进展').click();
    await page.waitForURL(/progressOverdue=true/);
    await page.getByRole('region', { name: '挂账工单' }).getByText('正在加载…').waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: hungNo }).count()).toBe(0);
    await page.context().close();
  });
});
