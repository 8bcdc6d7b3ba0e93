import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Actor } from '@app/access';
import { ManualClock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { SHARED_SEED_MOMENT } from '@app/testing';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 审计 and 后台任务 in Chromium: the admin filters the trail by an action, opens a record's diff, verifies the
 * chain (通过), and sees the queues' counts under 系统管理. Jobs run in the test's own process on the real queue.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT);
const ACTION = `browser${randomBytes(3).toString('hex')}.renamed`;
let desk: DeskBrowser;

beforeAll(async () => {
  // Its own database: the verification checks the admin's whole street, whose chain in a worker's shared database
  // carries the tamper tests' deliberate breaks.
  desk = await openDeskBrowser({ clock, runJobs: true, ownDatabase: 'audit-browser' });
  const [admin] = (await desk.t.dataSource.query(
    `SELECT id, username, display_name AS "displayName", role, unit_id AS "unitId", street_code AS "streetCode" FROM app_user WHERE username = 'admin'`,
  )) as Actor[];
  await desk.t.app.get(TransactionRunner).run(admin, async (tx) => {
    tx.audit({ action: ACTION, entityType: 'unit', entityId: 'U-browser', before: { name: '城管科', active: true }, after: { name: '城市管理办', active: true } });
  });
}, 120_000);
afterAll(async () => desk?.close());

describe('审计 page', () => {
  it('when the admin filters by an action and expands the record, then its diff shows; the chain verifies 通过', async () => {
    const page = await desk.signIn('admin', '/audit');
    await page.getByRole('heading', { name: '审计', exact: true }).waitFor();
    await page.getByLabel('操作', { exact: true }).fill(ACTION);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    // The action shows as a label (its code in the tooltip); the record's own id picks the row.
    const row = page.getByRole('row').filter({ hasText: 'U-browser' });
    await row.waitFor();
    await page.getByText('共 1 条').waitFor();
    await row.getByRole('button', { name: /展开/ }).click();
    const diff = page.getByRole('table', { name: '变更内容' });
    await diff.getByRole('columnheader', { name: '修改前' }).waitFor();
    const change = diff.getByRole('row').filter({ hasText: 'name' });
    await change.getByText('城管科').waitFor();
    await change.getByText('城市管理办').waitFor();

    await page.getByRole('button', { name: '校验审计链' }).click();
    await page.getByText('通过', { exact: true }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'audit-admin');
    await page.context().close();
  }, 120_000);

  it('when the admin opens 系统管理 → 后台任务, then the counts per queue show', async () => {
    const page = await desk.signIn('admin', '/admin?tab=jobs');
    await page.getByRole('tab', { name: '后台任务' }).waitFor();
    const counts = page.getByRole('table', { name: '各队列任务数' });
    await counts.getByRole('columnheader', { name: '失败' }).waitFor();
    await counts.getByRole('row').filter({ hasText: '系统维护' }).getByText(/审计链校验/).waitFor();
    await page.getByRole('heading', { name: '失败的任务' }).waitFor();
    await page.getByRole('heading', { name: '定时任务' }).waitFor();
    await screenshot(page, 'admin-jobs');
    await page.context().close();
  }, 120_000);
});
