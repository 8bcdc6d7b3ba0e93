import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, testConfig } from '@app/testing';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * Sessions that fit a 7×24 desk: every tab of the browser shares one session (the httpOnly refresh cookie), the
 * idle sign-out follows activity in any tab and warns a minute before, and signing out in one tab signs out all.
 * The server runs on real time with 8-second access tokens; the pages' clock is Playwright's, so the idle minutes
 * pass in a moment.
 */
const ACCESS_TTL_S = 8;
const IDLE_NOTICE = '会话已超时，请重新登录';
let desk: DeskBrowser;

beforeAll(async () => {
  desk = await openDeskBrowser({ config: testConfig({ JWT_ACCESS_TTL: `${ACCESS_TTL_S}s`, SESSION_IDLE_TIMEOUT: '30m' }) });
});
afterAll(async () => desk?.close());

/** A fresh browser (its own cookies) with a controllable clock, signed in through the login form. */
async function signedInBrowser(username = 'operator'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await desk.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(desk.t.url + '/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await workbench(page).waitFor();
  return { context, page };
}

const workbench = (page: Page) => page.getByRole('heading', { name: '工作台' });
const ordersHeading = (page: Page) => page.getByRole('heading', { name: '工单', exact: true });
const loginForm = (page: Page) => page.getByRole('button', { name: '登录', exact: true });
const warning = (page: Page) => page.getByText(/您已 \d+ 分钟未操作，将在 \d+ 秒后退出登录/);

/** Ctrl+click on an order opens a new tab of the same browser: no copy of the first tab's storage. */
async function openSecondTab(context: BrowserContext, path = '/orders'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(desk.t.url + path);
  return page;
}

/**
 * Listens in `page` for another tab's activity message; `heard()` resolves once it arrived. The page's own channel
 * was created first, so the page has seen the message by then (BroadcastChannel delivers in creation order).
 */
async function listenForActivity(page: Page): Promise<{ heard(): Promise<unknown> }> {
  await page.evaluate(() => {
    const channel = new BroadcastChannel('hotline.session');
    channel.onmessage = (event) => {
      if ((event.data as { type?: string } | null)?.type === 'activity') document.body.dataset.heardActivity = 'yes';
    };
  });
  return { heard: () => page.waitForFunction(() => document.body.dataset.heardActivity === 'yes', undefined, { polling: 100 }) };
}

const sessionIdOf = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('hotline.session.tokens') ?? '{}').sessionId as string);

async function session(sessionId: string): Promise<{ revoked_at: Date | null; revoked_reason: string | null; renewals: number }> {
  const [row] = await desk.t.dataSource.query(
    `SELECT s.revoked_at, s.revoked_reason, (SELECT count(*)::int FROM refresh_token t WHERE t.session_id = s.id) AS renewals
       FROM auth_session s WHERE s.id = $1`,
    [sessionId],
  );
  return row;
}

describe('one session for all tabs of the browser', () => {
  it('when a second tab opens /orders, then it is signed in without the login form, in the same session', async () => {
    const { context, page } = await signedInBrowser();
    const second = await openSecondTab(context);
    await ordersHeading(second).waitFor();
    expect(await loginForm(second).count()).toBe(0);
    // The refresh token never reaches page scripts: only the access token is in storage, the cookie is httpOnly.
    expect(await second.evaluate(() => document.cookie)).toBe('');
    expect(await second.evaluate(() => sessionStorage.getItem('hotline.session.tokens'))).not.toContain('refresh');
    const [first, other] = await Promise.all([page, second].map((p) => p.evaluate(() => sessionStorage.getItem('hotline.session.tokens'))));
    expect(JSON.parse(first!).sessionId).toBe(JSON.parse(other!).sessionId);
    await screenshot(second, 'sessions-second-tab');
    await context.close();
  }, 120_000);

  it('when the access token expires again and again while the user works in both tabs, then both stay signed in and the session is never taken for a replay', async () => {
    const { context, page } = await signedInBrowser();
    const second = await openSecondTab(context);
    await ordersHeading(second).waitFor();
    // Work in both tabs for two access-token lifetimes (real time: the server checks the token's expiry).
    const until = Date.now() + 2 * ACCESS_TTL_S * 1000 + 1000;
    for (let x = 100; Date.now() < until; x = x === 100 ? 300 : 100) {
      await Promise.all([page.mouse.move(x, 400), second.mouse.move(x, 400)]);
      await page.waitForTimeout(500);
    }
    // Both tabs renew at the same moment: a reload makes each check its (now stale) token against the server.
    await Promise.all([page.reload(), second.reload()]);
    await Promise.all([workbench(page).waitFor(), ordersHeading(second).waitFor()]);
    expect(await loginForm(page).count()).toBe(0);
    expect(await loginForm(second).count()).toBe(0);
    const shared = await session(await sessionIdOf(page));
    expect(shared.revoked_at).toBeNull();
    // Renewed silently while active, more than once per tab.
    expect(shared.renewals).toBeGreaterThan(4);
    await context.close();
  }, 120_000);
});

describe('idle sign-out', () => {
  it('when the user leaves both tabs alone, then a minute before the end both warn; 继续使用 keeps the session; activity in either tab counts; left alone, every tab signs out with 会话已超时', async () => {
    const { context, page } = await signedInBrowser();
    const second = await openSecondTab(context);
    await ordersHeading(second).waitFor();

    await context.clock.fastForward('28:50');
    expect(await warning(page).isVisible()).toBe(false);
    await context.clock.fastForward('00:15');
    await warning(page).waitFor();
    await warning(second).waitFor();
    expect(await warning(page).textContent()).toMatch(/^您已 29 分钟未操作，将在 \d+ 秒后退出登录$/);
    await screenshot(page, 'sessions-idle-warning');

    await page.getByRole('button', { name: '继续使用' }).click();
    await warning(page).waitFor({ state: 'hidden' });
    await warning(second).waitFor({ state: 'hidden' });

    // 20 idle minutes, then the user reads an order in the second tab: the first tab's clock restarts too.
    await context.clock.fastForward('20:00');
    const listener = await listenForActivity(page);
    await second.mouse.move(200, 300);
    await second.mouse.move(260, 320);
    await listener.heard();
    await context.clock.fastForward('15:00');
    expect(await warning(page).isVisible()).toBe(false);
    expect(await loginForm(page).count()).toBe(0);

    await context.clock.fastForward('15:05');
    for (const tab of [page, second]) {
      await tab.getByText(IDLE_NOTICE).waitFor();
      expect(await loginForm(tab).count()).toBe(1);
    }
    await screenshot(second, 'sessions-idle-signed-out');
    // Ended on the server too: a new tab finds no session to join.
    const third = await openSecondTab(context, '/');
    await loginForm(third).waitFor();
    expect(await third.getByText(IDLE_NOTICE).count()).toBe(0);
    await context.close();
  }, 120_000);
});

describe('退出登录', () => {
  it('when the user signs out in one tab, then the other tab signs out; signing in again in either signs both in', async () => {
    const { context, page } = await signedInBrowser('supervisor');
    const second = await openSecondTab(context);
    await ordersHeading(second).waitFor();
    const sessionId = await sessionIdOf(page);

    await page.getByRole('button', { name: '退出登录' }).click();
    await loginForm(page).waitFor();
    await second.getByText('已在其他标签页退出登录').waitFor();
    expect(await loginForm(second).count()).toBe(1);
    expect(await session(sessionId)).toMatchObject({ revoked_reason: 'logout' });

    await second.getByLabel('用户名').fill('supervisor');
    await second.getByLabel('密码').fill(DEMO_PASSWORD);
    await second.getByRole('button', { name: '登录' }).click();
    await ordersHeading(second).waitFor();
    await workbench(page).waitFor();
    await context.close();
  }, 120_000);
});
