import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, type DeskBrowser } from './desk-browser.js';

/** The real UI in Chromium (Debian's /usr/bin/chromium) against the real api. */
let t: TestApp;
let browser: Browser;
let desk: DeskBrowser;

beforeAll(async () => {
  desk = await openDeskBrowser();
  ({ t, browser } = desk);
});
afterAll(async () => desk?.close());

describe('web UI', () => {
  it('when an operator signs in, then the 工作台 shows their role, health and a live connection', async () => {
    const page = await browser.newPage();
    await page.goto(t.url + '/');
    await page.getByLabel('用户名').fill('operator');
    await page.getByLabel('密码').fill('Hotline#2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByText('实时连接：已连接').waitFor();
    const body = await page.textContent('body');
    expect(body).toContain('坐席员');
    // The header names the street from the reference data, not from the UI's code.
    const [street] = await t.dataSource.query(`SELECT s.name FROM street s JOIN app_user u ON u.street_code = s.code WHERE u.username = 'operator'`);
    expect(await page.locator('.top-bar__brand').textContent()).toContain(`${street.name} 接诉即办工单台`);
    await page.close();
  });

  it('when the password is wrong, then the server\'s Chinese message is shown and the user stays on the sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto(t.url + '/');
    await page.getByLabel('用户名').fill('reviewer');
    await page.getByLabel('密码').fill('Wrong#Password1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    expect(await page.getByRole('heading', { name: '工作台' }).count()).toBe(0);
    await page.close();
  });
});
