import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, type DeskBrowser } from './desk-browser.js';

/**
 * 导入, 疑似重复 and the 工作台's queues in Chromium against the real api with its job runner on, so the uploaded
 * platform export is imported by the same job as in production. The tests run in order and share the import of the
 * first one: the order from row 40 exists only because the sample was imported.
 */
const SAMPLE_PATH = 'test/fixtures/upstream-export-sample.csv';
const SAMPLE = readFileSync(SAMPLE_PATH);
/** Row 3 and row 40 of the sample: the same citizen reporting the same cold radiator two days apart. */
const ROW_3 = 'BJ202611021001';
const ROW_40 = 'BJ202611049010';
let t: TestApp;
let desk: DeskBrowser;

beforeAll(async () => {
  desk = await openDeskBrowser({ runJobs: true });
  t = desk.t;
});
afterAll(async () => desk?.close());

/** A fresh browser context per user (its own sessionStorage), signed in, on `path`. */
const signIn = (username: string, path = '/'): Promise<Page> => desk.signIn(username, path, { context: { acceptDownloads: true } });

async function done(page: Page) {
  await page.context().close();
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])) as [Download, unknown];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The supervisor's street: other files in the same worker database import this sample into streets of their own. */
const OWN_STREET = `(SELECT street_code FROM app_user WHERE username = 'supervisor')`;

async function orderIdOf(upstreamNo: string): Promise<string> {
  const [row] = (await t.dataSource.query(`SELECT id FROM work_order WHERE upstream_no = $1 AND street_code = ${OWN_STREET}`, [upstreamNo])) as { id: string }[];
  return row.id;
}

describe('导入 page', () => {
  it('when a supervisor uploads the sample export, then progress runs to 39 of 39 and the result shows 34 created and rows 33, 36, 37, 38 with their reasons', async () => {
    const page = await signIn('supervisor');
    await page.getByText('实时连接：已连接').waitFor();
    await page.getByRole('link', { name: '导入', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '导入' }).waitFor();

    await page.getByLabel('选择导入文件').setInputFiles(SAMPLE_PATH);
    await page.getByText('已选择：upstream-export-sample.csv').waitFor();
    await page.getByRole('button', { name: '开始导入' }).click();

    const result = page.getByRole('region', { name: '导入结果' });
    await result.getByText('已处理 39 / 39 行').waitFor({ timeout: 30_000 });
    expect(await result.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow')).toBe('39');
    await result.getByText('已完成').waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toMatch(/新建\s*34/);
    expect(text).toMatch(/更新\s*0/);
    expect(text).toMatch(/无变化\s*1/);
    expect(text).toMatch(/错误\s*4/);
    expect(page.url()).toMatch(/\/imports\?id=[0-9a-f-]{36}$/);

    const errors = page.getByRole('table', { name: /错误行/ });
    const rows = errors.getByRole('row');
    expect(await rows.count()).toBe(5); // header + one line per problem
    const lines = (await rows.allTextContents()).slice(1);
    expect(lines.map((line) => line.match(/^\d+/)?.[0])).toEqual(['33', '36', '37', '38']);
    expect(lines[0]).toContain('工单编号');
    expect(lines[0]).toContain('缺少工单编号');
    expect(lines[1]).toMatch(/诉求类型.*“投訴”不在允许值内/);
    expect(lines[2]).toMatch(/办理时限.*办理时限不能早于来电时间/);
    expect(lines[3]).toMatch(/联系电话.*电话号码格式不正确/);

    const report = await downloaded(page, '下载结果报告（CSV）');
    expect(report.name).toMatch(/^导入结果-.*\.csv$/);
    expect(report.bytes.toString('utf8')).toMatch(/33,,错误,,工单编号,缺少工单编号/);
    const original = await downloaded(page, '下载原始文件');
    expect(original.name).toBe('upstream-export-sample.csv');
    expect(Buffer.compare(original.bytes, SAMPLE)).toBe(0);

    const history = page.getByRole('region', { name: '导入记录' });
    const entry = history.getByRole('row').filter({ has: page.getByRole('link', { name: 'upstream-export-sample.csv' }) });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('已完成');

    // The progress came over realtime to the uploader: the 工作台's feed kept the final event.
    await page.getByRole('link', { name: '工作台', exact: true }).click();
    await page.getByRole('region', { name: '实时消息' }).getByText(/导入完成：新建 34，更新 0，无变化 1，错误 4/).waitFor();
    await done(page);
  });

  it('when a file of another type is chosen, then the page says which formats it takes and does not upload', async () => {
    const page = await signIn('supervisor', '/imports');
    await page.getByRole('heading', { level: 1, name: '导入' }).waitFor();
    await page.getByLabel('选择导入文件').setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('hello') });
    await page.getByRole('alert').filter({ hasText: '.xlsx 或 .csv' }).waitFor();
    expect(await page.getByRole('button', { name: '开始导入' }).isDisabled()).toBe(true);
    await done(page);
  });
});

describe('疑似重复 on the order detail', () => {
  it('when the order imported from row 40 is opened, then it is a suspected duplicate of row 3 with score and reasons, and 合并 closes it into row 3', async () => {
    const page = await signIn('supervisor', `/orders?q=${ROW_40}`);
    await page.getByRole('link', { name: ROW_40 }).click();
    await page.getByRole('heading', { name: `工单 ${ROW_40}` }).waitFor();

    const panel = page.getByRole('region', { name: '疑似重复' });
    await panel.getByRole('link', { name: `工单 ${ROW_3}` }).waitFor();
    const text = (await panel.textContent()) ?? '';
    // The scores and rule labels of libs/intake/src/duplicates/duplicate-rules.ts (as test/e2e/intake-import expects).
    expect(text).toContain('相似度 0.245');
    expect(text).toContain('同一来电号码30日内且内容相似');
    expect(text).toContain('同一院/楼且分类或内容相近（7日内）');
    await panel.getByRole('button', { name: '不是重复' }).waitFor();

    const suggestions = page.getByRole('region', { name: '分类建议' });
    expect(await suggestions.textContent()).toMatch(/所属社区/);

    // Each candidate has its own 合并, named after the order it would merge into.
    await panel.getByRole('button', { name: `合并到工单 ${ROW_3}` }).click();
    const dialog = page.getByRole('dialog', { name: '合并重复件' });
    await dialog.getByLabel('合并说明').fill('同一市民再次反映供暖问题');
    await dialog.getByRole('button', { name: '确认合并' }).click();

    const resolved = page.getByRole('region', { name: '重复件' });
    await resolved.getByText(`已合并到工单 ${ROW_3}`).waitFor();
    expect(await resolved.textContent()).toContain('已作为重复件并入');
    expect(await page.getByRole('region', { name: '工单信息' }).textContent()).toContain('已合并');

    const token = await t.login('supervisor');
    const after = await t.http.get(`/api/orders/${await orderIdOf(ROW_40)}/duplicates`).set('authorization', `Bearer ${token}`);
    expect(after.body).toMatchObject({ suspected: false, status: 'merged', resolution: { note: '同一市民再次反映供暖问题' } });

    // The master lists the duplicate merged into it.
    await resolved.getByRole('link', { name: `工单 ${ROW_3}` }).click();
    await page.getByRole('heading', { name: `工单 ${ROW_3}` }).waitFor();
    await page.getByRole('region', { name: '重复件' }).getByRole('link', { name: `工单 ${ROW_40}` }).waitFor();
    await done(page);
  });

  it('when 不是重复 is sent without a reason, then the server\'s message shows next to the field; with one, the suspicion is closed', async () => {
    // One of this file's import: the worker's database also holds other files' suspicions, in other streets or states,
    // and intake-import imports this very sample into streets of its own.
    const sampleNumbers = SAMPLE.toString('utf8').match(/BJ\d{12}/g) ?? [];
    const [{ order_id: id }] = (await t.dataSource.query(
      `SELECT d.order_id FROM order_duplicate_check d JOIN work_order o ON o.id = d.order_id
        WHERE d.status = 'suspected' AND o.upstream_no = ANY($1) AND o.street_code = ${OWN_STREET}
        ORDER BY d.found_at, o.upstream_no LIMIT 1`,
      [sampleNumbers],
    )) as { order_id: string }[];
    const page = await signIn('supervisor', `/orders/${id}`);
    const panel = page.getByRole('region', { name: '疑似重复' });
    await panel.getByRole('button', { name: '不是重复' }).click();
    const dialog = page.getByRole('dialog', { name: '不是重复' });
    await dialog.getByRole('button', { name: '确认排除' }).click();
    await dialog.locator('#duplicate_reason_help').waitFor();
    expect(await dialog.locator('#duplicate_reason_help').textContent()).toContain('请说明不是重复件的理由');
    expect(await dialog.getByLabel('理由').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('理由').fill('同址不同户，非重复诉求');
    await dialog.getByRole('button', { name: '确认排除' }).click();
    const resolved = page.getByRole('region', { name: '重复件' });
    await resolved.getByText('已排除疑似重复：同址不同户，非重复诉求').waitFor();
    await page.getByRole('region', { name: '办理过程' }).getByText(/同址不同户/).waitFor();
    await done(page);
  });
});

describe('工作台 for the shift', () => {
  it('when a supervisor opens the 工作台, then the queue counts match the api, follow a new order live, and link to the filtered list', async () => {
    const token = await t.login('supervisor');
    const count = async (query: string) => (await t.http.get(`/api/orders?${query}&pageSize=1`).set('authorization', `Bearer ${token}`)).body.total as number;
    const waiting = await count('status=new');
    expect(waiting).toBeGreaterThanOrEqual(33); // the sample's 34, less the merged duplicate

    const page = await signIn('supervisor');
    await page.getByText('实时连接：已连接').waitFor();
    const queues = page.getByRole('region', { name: '待办队列' });
    await queues.getByRole('link', { name: `待签收 ${waiting} 件` }).waitFor();
    await queues.getByRole('link', { name: `待派单 ${await count('status=signed')} 件` }).waitFor();
    await queues.getByRole('link', { name: `超期 ${await count('status=new,signed,dispatched,replied,return_pending&overdue=true')} 件` }).waitFor();
    await queues.getByRole('link', { name: `待初审 ${await count('status=replied')} 件` }).waitFor();
    await page.getByRole('region', { name: '我的当班' }).waitFor();

    const liveNo = `WB-${Date.now().toString(36).toUpperCase()}`;
    const created = await t.http.post('/api/orders').set('authorization', `Bearer ${await t.login('operator')}`).send({
      upstreamNo: liveNo,
      channel: 'hotline',
      receivedAt: new Date().toISOString(),
      citizenPhone: '13900007777',
      address: '南华东街8号',
      type: 'help',
      content: '楼道灯坏了，晚上看不清台阶。',
    });
    expect(created.status).toBe(201);
    await queues.getByRole('link', { name: `待签收 ${waiting + 1} 件` }).waitFor({ timeout: 10_000 });

    // The feed's line about the new order opens it.
    await page.getByRole('region', { name: '实时消息' }).getByRole('link', { name: new RegExp(liveNo) }).click();
    await page.getByRole('heading', { name: `工单 ${liveNo}` }).waitFor();

    await page.getByRole('link', { name: '工作台', exact: true }).click();
    await page.getByRole('region', { name: '待办队列' }).getByRole('link', { name: /^待签收/ }).click();
    await page.getByRole('heading', { level: 1, name: '工单', exact: true }).waitFor();
    expect(page.url()).toMatch(/\/orders\?status=new$/);
    await page.getByRole('link', { name: liveNo }).waitFor();
    await done(page);
  });
});
