import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { SHARED_SEED_MOMENT } from '@app/testing';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 报表 (issue 12) in Chromium: a supervisor generates a report from the page, watches its progress bar reach 100%
 * and sees the new version with its files; a leader sees the versions but cannot generate. Jobs run in the test's
 * own process on the real queue.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT);
let desk: DeskBrowser;

beforeAll(async () => {
  desk = await openDeskBrowser({ clock, runJobs: true });
}, 120_000);
afterAll(async () => desk?.close());

describe('报表 page', () => {
  it('when a supervisor generates the fee confirmation, then the bar reaches 100% and the new version can be downloaded', async () => {
    const page = await desk.signIn('supervisor', '/reports');
    await page.getByRole('heading', { name: '报表', exact: true }).waitFor();
    await page.getByRole('heading', { name: '定时生成' }).waitFor();
    await page.getByText('下次生成：').first().waitFor();

    await page.getByRole('combobox', { name: '报表类型' }).click();
    await page.getByRole('option', { name: '费用确认单' }).click();
    await page.getByRole('button', { name: /生\s*成/ }).click();

    const row = page.getByRole('row').filter({ hasText: '费用确认单' }).first();
    await row.getByText('已完成').waitFor({ timeout: 90_000 });
    const bar = row.getByRole('progressbar');
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('100');
    await row.getByText('第 1 版').waitFor();
    await screenshot(page, 'reports-supervisor');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^费用确认单_2026-10_第1版\.pdf$/);

    // Generating the same period again makes a second version and keeps the first.
    await page.getByRole('button', { name: /生\s*成/ }).click();
    await page.getByRole('row').filter({ hasText: '第 2 版' }).getByText('已完成').waitFor({ timeout: 90_000 });
    await page.getByRole('row').filter({ hasText: '第 1 版' }).waitFor();
    await page.context().close();
  }, 180_000);

  it('when a leader opens the page, then the versions are listed and there is nothing to generate', async () => {
    const page = await desk.signIn('leader', '/reports');
    await page.getByRole('heading', { name: '报表版本' }).waitFor();
    await page.getByRole('row').filter({ hasText: '费用确认单' }).first().waitFor();
    await expect(page.getByRole('heading', { name: '生成报表' }).count()).resolves.toBe(0);
    await screenshot(page, 'reports-leader');
    await page.context().close();
  }, 120_000);
});
