import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ManualClock } from '@app/clock';
import type { TestApp } from '@app/testing';
import { openDeskBrowser, type DeskBrowser } from './desk-browser.js';

/**
 * The 排班 page in Chromium against the real api. The server's clock is pinned to Wednesday 2026-11-25 10:00 in
 * Beijing (the seed then publishes November and December) and each browser is given the same time, so "today" in
 * the grid and "now" on the server agree.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let desk: DeskBrowser;

beforeAll(async () => {
  // Generation is a `roster-generate` job: this file's app consumes it.
  desk = await openDeskBrowser({ clock, runJobs: true });
  t = desk.t;
});
afterAll(async () => desk?.close());

/** A fresh browser context per user (its own sessionStorage), signed in, on `path`. */
const signIn = (username: string, path = '/'): Promise<Page> => desk.signIn(username, path);

describe('排班 page', () => {
  it('when a supervisor opens 排班, then the month grid shows their own row first with today marked, and who is on duty now with who may dispatch', async () => {
    const page = await signIn('supervisor', '/workbench');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '排班', exact: true }).click();
    await page.getByRole('heading', { name: '2026年11月排班表' }).waitFor();

    const grid = page.getByRole('table', { name: /^2026年11月排班表（已发布 第 \d+ 版）$/ });
    await grid.waitFor();
    // The supervisor's account is linked to S01: that row comes first and is marked 我.
    const firstRow = grid.locator('tbody tr').first();
    expect(await firstRow.getByRole('rowheader').textContent()).toBe('王晓燕（S01）我');
    expect(await grid.locator('tbody tr').count()).toBeGreaterThanOrEqual(14);
    expect(await grid.locator('thead th[aria-current="date"]').textContent()).toBe('25三');
    // Shifts are abbreviations whose title names the shift and its hours.
    expect(await grid.locator('abbr[title="早班 08:00–16:00"]').count()).toBeGreaterThan(0);

    const onDuty = page.getByRole('region', { name: '当前在岗' });
    await onDuty.getByRole('table', { name: '当前在岗人员' }).waitFor();
    const seats = onDuty.getByRole('row').filter({ hasText: '早班' });
    expect(await seats.count()).toBe(3);
    expect(await onDuty.getByText('可派单', { exact: true }).count()).toBeGreaterThan(0);
    expect(await onDuty.getByRole('status').textContent()).toMatch(/^在岗 \d+ 人，其中可派单 [1-9]\d* 人：/);

    await page.getByRole('button', { name: '下月' }).first().click();
    await page.getByRole('table', { name: /^2026年12月排班表（已发布 第 \d+ 版）$/ }).waitFor();
    expect(page.url()).toContain('month=2026-12');
    await page.context().close();
  });

  it('when a supervisor generates next month with 快速排班, then the solver report shows zero violations and the draft is listed, checked and published', async () => {
    // Other test files share the database and may have made December revisions already.
    const supervisorAuth = { authorization: `Bearer ${await t.login('supervisor')}` };
    const before = (await t.http.get('/api/roster/rosters?month=2026-12').set(supervisorAuth)).body.items as { revision: number; status: string }[];
    const published = before.find((r) => r.status === 'published')!.revision;
    const next = Math.max(...before.map((r) => r.revision)) + 1;
    const page = await signIn('supervisor', '/roster');
    await page.getByRole('tab', { name: '生成与发布' }).click();
    const panel = page.getByRole('region', { name: '生成排班' });
    expect(await panel.getByLabel('月份').inputValue()).toBe('2026-12');
    await panel.getByLabel('快速排班（几秒内完成）').check();
    await panel.getByRole('button', { name: '生成排班' }).click();

    const report = page.getByRole('region', { name: '求解报告' });
    await report.waitFor();
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('快速排班');
    expect(text).toContain('0 处，校验通过');
    expect(await panel.getByText(`已生成2026年12月排班草稿（第 ${next} 版）`).count()).toBe(1);

    const drafts = page.getByRole('region', { name: '排班版本（草稿与发布）' });
    await drafts.getByRole('button', { name: `校验第 ${next} 版` }).click();
    await drafts.getByText(`第 ${next} 版校验通过，没有违反硬性规则。`).waitFor();
    await drafts.getByRole('button', { name: `查看第 ${next} 版` }).click();
    await drafts.getByRole('table', { name: `2026年12月排班表（草稿 第 ${next} 版）` }).waitFor();
    await drafts.getByRole('button', { name: `发布第 ${next} 版` }).click();
    // Publishing is confirmed in a dialog naming the version, what it replaces and who is told (antd modal.confirm, outside the panel).
    const confirm = page.getByRole('dialog').filter({ hasText: `发布2026年12月第 ${next} 版？` });
    expect(await confirm.textContent()).toContain(`替换当前已发布的第 ${published} 版`);
    expect(await confirm.textContent()).toMatch(/排班中的 \d+ 名人员和值班长会收到通知/);
    await confirm.getByRole('button', { name: '确认发布' }).click();
    await drafts.getByText(`2026年12月第 ${next} 版已发布，排班人员已收到通知。`).waitFor();
    // The grid still open under the list reads the version's new status.
    await drafts.getByRole('table', { name: `2026年12月排班表（已发布 第 ${next} 版）` }).waitFor();
    await drafts.getByRole('row').filter({ hasText: `第 ${published} 版` }).getByText('已被替换').waitFor();
    await page.context().close();
  });

  it('when a supervisor starts the optimiser and cancels it, then the panel shows the solver’s figures while it runs and keeps the best roster as a cancelled draft', async () => {
    const page = await signIn('supervisor', '/roster?tab=manage&month=2027-03');
    const panel = page.getByRole('region', { name: '生成排班' });
    expect(await panel.getByLabel('月份').inputValue()).toBe('2027-03');
    await panel.getByLabel('优化求解（最优排班，较慢）').check();
    await panel.getByLabel('求解时限（秒）').fill('300');
    await panel.getByRole('button', { name: '生成排班' }).click();

    // Pushed as roster.generation: the current roster's objective appears while the solver works.
    const progress = page.getByRole('region', { name: '求解进度' });
    await progress.getByText(/正在求解，已用 \d+ 秒（最长 300 秒）/).waitFor();
    await progress.locator('.ant-descriptions-item-content').first().filter({ hasText: /^\d+\.\d{2}$/ }).waitFor({ timeout: 120_000 });
    await progress.getByRole('button', { name: '取消生成' }).click();

    await panel.getByText(/^已取消求解，保留目前最好的排班为2027年3月排班草稿（第 \d+ 版）/).waitFor({ timeout: 120_000 });
    const report = page.getByRole('region', { name: '求解报告' });
    expect(await report.textContent()).toContain('0 处，校验通过');
    expect(await report.textContent()).toContain('求解已被取消');
    await page.context().close();
  }, 300_000);

  it('when an operator checks in 7 minutes after their shift starts, then the page says they are on duty and 7 minutes late', async () => {
    const supervisor = { authorization: `Bearer ${await t.login('supervisor')}` };
    const list = await t.http.get('/api/roster/rosters?month=2026-11').set(supervisor);
    const published = list.body.items.find((r: { status: string }) => r.status === 'published');
    const detail = await t.http.get(`/api/roster/rosters/${published.id}`).set(supervisor);
    // The operator account plays the dispatcher who was on duty when the demo was seeded: take their first shift after today.
    const operatorId = (await t.http.get('/api/me').set({ authorization: `Bearer ${await t.login('operator')}` })).body.id;
    const staff = (await t.http.get('/api/roster/staff').set(supervisor)).body.items as { code: string; name: string; userId: string | null }[];
    const played = staff.find((p) => p.userId === operatorId)!;
    const shift = (detail.body.assignments as { staffCode: string; date: string; startsAt: string; shiftName: string }[]).find(
      (a) => a.staffCode === played.code && a.date > '2026-11-25',
    )!;
    expect(shift).toMatchObject({ staffCode: played.code, date: expect.stringMatching(/^2026-11-(2[6-9]|30)$/), startsAt: expect.stringMatching(/^2026-11-/) });
    clock.set(new Date(Date.parse(shift.startsAt) + 7 * 60_000).toISOString());

    const page = await signIn('operator', '/roster?tab=mine');
    const mine = page.getByRole('region', { name: '我的班次' });
    await mine.getByRole('table', { name: '我接下来的班次' }).waitFor();
    await mine.getByRole('button', { name: '签到', exact: true }).click();
    const notice = mine.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`签到成功（${shift.date.slice(5)}`);
    expect(await notice.textContent()).toContain('在岗（迟到 7 分钟）');

    const attendance = page.getByRole('region', { name: '今日考勤' });
    await attendance.getByRole('row').filter({ hasText: `${played.name}（${played.code}）` }).getByText('在岗（迟到 7 分钟）').waitFor();
    // A second check-in is refused by the server, and the page says why.
    await mine.getByRole('button', { name: '签到', exact: true }).click();
    await mine.getByText(/已签到/).waitFor();
    await page.context().close();
  });
});
