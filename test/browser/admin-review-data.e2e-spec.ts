import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 系统管理 → 甄别用语 / 常用答复 / 初审审核项 in Chromium: what the admin changes there is what the reviewer's screen
 * and the desk's replies work from, and each change lands in the audit trail. Replies are driven through the api.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
const GOOD_REPLY = '经核实，物业公司已清理楼道垃圾，并已责令其每日保洁。已电话告知诉求人处理结果。';
let desk: DeskBrowser;
let orders: OrderDesk;

beforeAll(async () => {
  // Its own database: the phrase, template and checklist changed here would change other files' reviews.
  desk = await openDeskBrowser({ clock, ownDatabase: 'admin_review_data' });
  orders = await openOrderDesk(desk.t, clock, { phonePrefix: '1356666' });
}, 180_000);
afterAll(async () => desk?.close());

/** An order replied by 城市管理办 with `content`: 待初审. */
async function replied(content: string): Promise<string> {
  const id = await orders.intake();
  for (const [user, action, body] of [
    ['operator', 'sign', {}],
    ['supervisor', 'dispatch', { leadUnitId: orders.units.CGB }],
    ['unit.cgb', 'reply', { content, contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved' }],
  ] as const) {
    expect({ action, status: (await orders.act(user, id, action, body)).status }).toEqual({ action, status: 200 });
  }
  return id;
}

/** The audit rows of `action` on one entity, newest first. */
async function audited(action: string, entityId: string) {
  const res = await desk.t.http.get('/api/audit').query({ action, entityId }).set(orders.as('admin'));
  expect(res.status).toBe(200);
  return res.body.items as { action: string; actorName: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
}

async function checklist() {
  const res = await desk.t.http.get('/api/admin/review-checklist').set(orders.as('reviewer'));
  expect(res.status).toBe(200);
  return res.body as { id: string; code: string; label: string; naAllowed: boolean; active: boolean }[];
}

describe('系统管理 → 甄别用语, 常用答复 and 初审审核项', () => {
  it('when the admin adds a prohibited phrase, then a reply using it is flagged with that phrase on the reviewer\'s screen, and the addition is audited', async () => {
    const phrase = '这事没法办';
    const admin = await desk.signIn('admin', '/admin?tab=screening-phrases');
    await admin.getByRole('heading', { name: '甄别用语', exact: true }).waitFor();
    await admin.getByRole('button', { name: '新增用语' }).click();
    const dialog = admin.getByRole('dialog', { name: '新增甄别用语' });
    await dialog.getByRole('combobox', { name: '类别' }).click();
    await admin.getByTitle('禁用表述（九不准/六不许）').click();
    await dialog.getByLabel('用语').fill(phrase);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: phrase, exact: true }) });
    await row.getByText('禁用表述（九不准/六不许）').waitFor();
    await screenshot(admin, 'admin-screening-phrases');
    await admin.context().close();

    const id = await replied(`${GOOD_REPLY}另外${phrase}，请谅解。`);
    const reviewer = await desk.signIn('reviewer', `/review/${id}`);
    const mark = reviewer.getByRole('region', { name: '承办回复' }).locator('mark');
    await mark.first().waitFor();
    expect(await mark.allTextContents()).toEqual([phrase]);
    expect(await reviewer.getByRole('region', { name: '自动筛查' }).textContent()).toContain(`禁用表述（九不准/六不许）：“${phrase}”`);
    await reviewer.context().close();

    const [added] = (await desk.t.http.get('/api/admin/screening-phrases').set(orders.as('admin'))).body.filter((p: { phrase: string }) => p.phrase === phrase);
    expect(added).toMatchObject({ kind: 'prohibited' });
    expect((await audited('review.phrase.add', added.id)).map((a) => a.after)).toEqual([expect.objectContaining({ kind: 'prohibited', phrase })]);
  }, 180_000);

  it('when the admin edits a reply template, then the desk picks the new text; when someone saved it meanwhile, then stopping it is refused with a reload', async () => {
    const created = await desk.t.http.post('/api/reply-templates').set(orders.as('supervisor')).send({ title: '楼道保洁答复', body: '{{诉求人称呼}}您好，物业已清理楼道。' });
    expect(created.status).toBe(201);
    const admin = await desk.signIn('admin', '/admin?tab=reply-templates');
    await admin.getByRole('heading', { name: '常用答复', exact: true }).waitFor();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: '楼道保洁答复', exact: true }) });
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = admin.getByRole('dialog', { name: '编辑常用答复 楼道保洁答复' });
    await dialog.getByLabel('正文').fill('{{诉求人称呼}}您好，物业已清理楼道，并承诺每日保洁。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText('楼道保洁答复：已保存').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const picked = await desk.t.http.get('/api/reply-templates').set(orders.as('unit.cgb'));
    expect(picked.body.find((t: { id: string }) => t.id === created.body.id)).toMatchObject({ body: '{{诉求人称呼}}您好，物业已清理楼道，并承诺每日保洁。', version: 2 });
    const [update] = await audited('reply_template.update', created.body.id);
    expect(update).toMatchObject({ before: expect.objectContaining({ version: 1 }), after: expect.objectContaining({ version: 2, body: '{{诉求人称呼}}您好，物业已清理楼道，并承诺每日保洁。' }) });

    // The supervisor renames it while the admin's list still shows version 2.
    const renamed = await desk.t.http.patch(`/api/reply-templates/${created.body.id}`).set(orders.as('supervisor')).send({ version: 2, title: '楼道保洁（通用）' });
    expect(renamed.status).toBe(200);
    await row.getByRole('button', { name: /停\s*用/ }).click();
    await admin.getByText('该内容已被他人修改，列表已刷新为最新内容，请核对后重新操作').waitFor();
    await admin.getByRole('cell', { name: '楼道保洁（通用）', exact: true }).waitFor();
    const after = await desk.t.http.get('/api/reply-templates?includeInactive=true').set(orders.as('admin'));
    expect(after.body.find((t: { id: string }) => t.id === created.body.id)).toMatchObject({ active: true, version: 3 });
    await admin.context().close();
  }, 180_000);

  it('when the admin moves an item down and allows 不适用 on another, then the reviewer judges them in that order with that choice, and both changes are audited', async () => {
    const [first, second, third] = await checklist();
    const admin = await desk.signIn('admin', '/admin?tab=review-checklist');
    await admin.getByRole('heading', { name: '初审审核项', exact: true }).waitFor();
    await admin.getByRole('button', { name: `下移：${first.label}` }).click();
    await admin.getByText(`${first.label}：已下移`).waitFor();
    expect(third.naAllowed).toBe(false);
    const na = admin.getByRole('switch', { name: `${third.label}：可判定为不适用` });
    await na.click();
    // Checked once the server saved it and the list was read again.
    await admin.getByRole('switch', { name: `${third.label}：可判定为不适用`, checked: true }).waitFor();
    await screenshot(admin, 'admin-review-checklist');
    await admin.context().close();

    const now = await checklist();
    expect(now.slice(0, 2).map((i) => i.code)).toEqual([second.code, first.code]);
    expect(now.find((i) => i.code === third.code)?.naAllowed).toBe(true);
    expect((await audited('review.checklist.update', first.id)).map((a) => [a.before?.position, a.after?.position])).toEqual([[10, 25]]);
    expect((await audited('review.checklist.update', third.id)).map((a) => [a.before?.naAllowed, a.after?.naAllowed])).toEqual([[false, true]]);

    const id = await replied(GOOD_REPLY);
    const reviewer = await desk.signIn('reviewer', `/review/${id}`);
    const groups = reviewer.getByRole('region', { name: '初审', exact: true }).getByRole('radiogroup');
    await groups.first().waitFor();
    expect(await groups.first().getAttribute('aria-label')).toBe(second.label);
    expect(await groups.nth(1).getAttribute('aria-label')).toBe(first.label);
    await reviewer.getByRole('radiogroup', { name: third.label }).getByLabel('不适用', { exact: true }).waitFor();
    expect(await reviewer.getByRole('radiogroup', { name: first.label }).getByLabel('不适用', { exact: true }).count()).toBe(0);
    await reviewer.context().close();
  }, 180_000);
});
