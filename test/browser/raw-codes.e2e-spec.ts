import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { openDeskBrowser, type DeskBrowser } from './desk-browser.js';

/**
 * No raw codes in the UI (issue 10 item 7): every page each role can open — each nav entry, each tab on it, an order
 * that went through the whole lifecycle, the review page — is scanned for ASCII identifiers in snake_case, dot.case
 * or camelCase (`return_decided`, `stats.read`, `unitReply`). A person at the desk reads Chinese.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT);
let desk: DeskBrowser;
let t: TestApp;
let orders: OrderDesk;
let closedOrder = '';
let repliedOrder = '';

const IDENTIFIER = /\b(?:[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*)\b/g;
/** Legitimate ASCII: file names people upload and download, addresses of the desk itself. */
const ALLOWED = /\.(csv|xlsx|xls|docx|pdf|png|jpe?g)$|^(www\.|hotline)/i;

beforeAll(async () => {
  desk = await openDeskBrowser({ clock });
  t = desk.t;
  orders = await openOrderDesk(t, clock, { phonePrefix: '1357777' });
  const pass = DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' }));
  const ok = async (user: string, id: string, action: string, body: Record<string, unknown> = {}) =>
    expect((await orders.act(user, id, action, body)).status).toBe(200);
  const reply = { content: '经核实已处理完毕，并已电话告知诉求人处理结果。', contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [] };
  closedOrder = await orders.intake();
  await ok('operator', closedOrder, 'sign');
  await ok('supervisor', closedOrder, 'dispatch', { leadUnitId: orders.units.CGB });
  await ok('supervisor', closedOrder, 'urge', { comment: '请尽快' });
  await ok('unit.cgb', closedOrder, 'reply', reply);
  await ok('reviewer', closedOrder, 'reject', { checklist: pass.map((p, i) => (i === 0 ? { ...p, verdict: 'fail' } : p)), comment: '请补充处理结果' });
  await ok('unit.cgb', closedOrder, 'reply', reply);
  await ok('reviewer', closedOrder, 'approve', { checklist: pass });
  await ok('reviewer', closedOrder, 'callback', { valid: true, contacted: true, solved: true, satisfaction: 'basically' });
  repliedOrder = await orders.intake();
  await ok('operator', repliedOrder, 'sign');
  await ok('supervisor', repliedOrder, 'dispatch', { leadUnitId: orders.units.CGB });
  await ok('unit.cgb', repliedOrder, 'reply', reply);
}, 120_000);
afterAll(async () => desk?.close());

/** The visible text of the page once it settled, with every tab's panel opened in turn. */
async function textsOf(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const texts = [await page.locator('body').innerText()];
  const tabs = page.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await page.waitForLoadState('networkidle');
    texts.push(await page.locator('body').innerText());
  }
  return texts;
}

/** What people wrote is theirs, not the UI's: addresses they typed (mail, web) are not codes. */
const WRITTEN_ADDRESSES = /\S+@\S+|https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:invalid|example|com|cn|net|org|gov)\b/gi;

function rawCodes(text: string): string[] {
  return [...new Set(text.replace(WRITTEN_ADDRESSES, ' ').match(IDENTIFIER) ?? [])].filter((code) => !ALLOWED.test(code));
}

describe('no raw codes on any page', () => {
  it.each(['operator', 'supervisor', 'unit.cgb', 'reviewer', 'leader', 'admin'])('when %s opens every page, then no identifier shows', async (user) => {
    const page = await desk.signIn(user);
    const paths = new Set<string>(['/']);
    for (const href of await page.locator('nav a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) paths.add(href.split('?')[0]);
    paths.add(`/orders/${closedOrder}`);
    if (user === 'reviewer') paths.add(`/review/${repliedOrder}`);
    const found: Record<string, string[]> = {};
    for (const path of paths) {
      await page.goto(t.url + path);
      for (const text of await textsOf(page)) {
        const codes = rawCodes(text);
        if (codes.length > 0) found[path] = [...new Set([...(found[path] ?? []), ...codes])];
      }
    }
    expect(found).toEqual({});
    await page.context().close();
  }, 300_000);
});
