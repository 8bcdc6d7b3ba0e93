import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Clock } from '@app/clock';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestAppOptions } from '@app/testing';

/** Debian's Chromium (CI installs it), driven headless the way the machine's notes prescribe. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The real api (from source) serving the built UI (`dist/web`), and one Chromium for the test file. Each user gets
 * a fresh browser context — their own sessionStorage — in Beijing's locale and time zone.
 */
export interface DeskBrowser {
  t: TestApp;
  browser: Browser;
  /** Signs `username` in through the login form and opens `path` (a reload keeps the session). */
  signIn(username: string, path?: string, options?: { password?: string; context?: BrowserContextOptions }): Promise<Page>;
  close(): Promise<void>;
}

/** Where the browser tests leave their screenshots (ignored by git): a reviewer's look at each page as tested. */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'test/.tmp/screenshots';

/** Saves the whole page as `<name>.png` under SCREENSHOT_DIR, at the size the page's context was opened with. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function openDeskBrowser(options: TestAppOptions & { clock?: Clock } = {}): Promise<DeskBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (CI does)`);
  const webDir = process.env.WEB_DIST_DIR ?? 'dist/web';
  if (!existsSync(join(webDir, 'index.html'))) throw new Error(`${webDir} is missing: npm test builds it first (pretest)`);
  const t = await createTestApp(options);
  const cspViolations: string[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    t,
    browser,
    async signIn(username, path = '/', { password = DEMO_PASSWORD, context: contextOptions = {} } = {}) {
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        // The walk's reference size; a test passes `context.viewport` for the smaller 1280×720 desk.
        viewport: { width: 1440, height: 900 },
        // The desk turns antd's animations off for this setting: a click never lands on a dialog or a dropdown
        // still moving in, which on a loaded machine made checks and option clicks miss.
        reducedMotion: 'reduce',
        ...contextOptions,
      });
      // A pinned server clock pins the browser's too, so "today" and "now" agree on both sides.
      if (options.clock) await context.clock.setFixedTime(options.clock.now());
      const page = await context.newPage();
      // The desk's Content-Security-Policy must not cost the UI anything: a refused script, style or socket fails the file.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      await page.goto(t.url + '/');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByRole('heading', { name: '工作台' }).waitFor();
      if (path !== '/') await page.goto(t.url + path);
      return page;
    },
    async close() {
      await browser.close();
      await t.close();
      if (cspViolations.length) throw new Error(`the page broke its Content-Security-Policy:\n${cspViolations.join('\n')}`);
    },
  };
}
