import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { openDeskBrowser, screenshot, type DeskBrowser } from './desk-browser.js';

/**
 * 统计分析 (issue 11) in Chromium against the real api: the figures the page shows are the api's, and each figure
 * clicked opens the 工单 list counting the same orders. The server's clock (and the browser's) is pinned to
 * Wednesday 2026-11-25 10:00 in Beijing, inside the seed's demo months.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT);
let t: TestApp;
let desk: DeskBrowser;
let orders: OrderDesk;

const CHECKLIST = DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' }));

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await orders.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

/** Signed, dispatched to `unitId`, contacted and replied by `unitUser`, approved, and called back with `callback`. */
async function handled(id: string, unitId: string, unitUser: string, callback: Record<string, unknown>) {
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: unitId });
  const contactedAt = clock.now().toISOString();
  await ok(unitUser, id, 'contact', { contactedAt, method: 'phone', contactedBy: '张明', summary: '已电话联系诉求人' });
  await ok(unitUser, id, 'reply', { content: '经核实已处理完毕，并已电话告知诉求人处理结果。', contacted: true, contactedAt, contactMethod: 'phone', result: 'solved', attachmentIds: [] });
  await ok('reviewer', id, 'approve', { checklist: CHECKLIST });
  await ok('reviewer', id, 'callback', { valid: true, ...callback });
}

beforeAll(async () => {
  desk = await openDeskBrowser({ clock });
  t = desk.t;
  orders = await openOrderDesk(t, clock, { phonePrefix: '1372222' });
  const communities = (await t.http.get('/api/communities').set(orders.as('leader'))).body.items as { id: string; name: string }[];
  const community = Object.fromEntries(communities.map((c) => [c.name, c.id]));
  const { CGB, MSB } = orders.units;
  // This month: handled and called back at two units and two communities (so there are rates and rankings), and
  // some still waiting to be signed; last month a couple at 城市管理办 (so there is a 环比).
  const property = { type: 'complaint', category: '城乡建设/物业管理/物业服务', communityId: community['黑窑厂社区'], address: '黑窑厂街12号院3号楼' };
  const parking = { type: 'report', category: '交通管理/停车管理/乱停车', communityId: community['南华里社区'], address: '陶然亭路5号' };
  const satisfied = { contacted: true, solved: true, satisfaction: 'satisfied' };
  for (const callback of [satisfied, satisfied, satisfied, { contacted: true, solved: true, satisfaction: 'basically' }]) {
    await handled(await orders.intake(property), CGB!, 'unit.cgb', callback);
  }
  for (const callback of [satisfied, { contacted: true, solved: false, satisfaction: 'dissatisfied' }, { contacted: false }]) {
    await handled(await orders.intake(parking), MSB!, 'supervisor', callback);
  }
  for (let i = 0; i < 3; i++) await orders.intake({ category: '市容环境/环境卫生/垃圾清运', address: `永定门外大街${20 + i}号院` });
  for (let i = 0; i < 2; i++) {
    const id = await orders.intake({ ...property, receivedAt: '2026-10-20T02:00:00Z', upstreamDueAt: '2026-10-27T02:00:00Z' });
    await ok('operator', id, 'sign');
    await ok('supervisor', id, 'dispatch', { leadUnitId: CGB });
  }
}, 180_000);
afterAll(async () => desk?.close());

/** `GET /api/stats/<path>` as the leader. */
async function stats(path: string): Promise<Record<string, any>> {
  const res = await t.http.get(`/api/stats/${path}`).set(orders.as('leader'));
  expect(res.status).toBe(200);
  return res.body;
}

/** `GET /api/orders` as the leader with the list page's own filters: its total. */
async function listTotal(query: string): Promise<number> {
  const res = await t.http.get(`/api/orders?${query}&pageSize=1`).set(orders.as('leader'));
  expect(res.status).toBe(200);
  return res.body.total as number;
}

/** The 工单 list the click led to, once it shows its total. */
async function expectOrderList(page: Page, total: number) {
  await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
  await page.getByText(`共 ${total} 条`, { exact: true }).waitFor();
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('统计分析', () => {
  it("when the leader opens 工作台, then 今日与本月 shows this month's 受理量 and 综合成绩 from the statistics api and leads to 统计", async () => {
    const overview = await stats('overview');
    expect(overview.period.key).toBe('2026-11');
    const page = await desk.signIn('leader');
    const card = region(page, '今日与本月');
    await card.getByLabel(`本月受理量 ${overview.total} 件`, { exact: true }).waitFor();
    await card.getByLabel(`本月综合成绩 ${overview.rates.composite.toFixed(1)} 分`, { exact: true }).waitFor();
    expect(await card.textContent()).toContain(overview.period.label);
    expect(await card.getByRole('link', { name: '查看统计分析' }).getAttribute('href')).toBe('/stats');
    await screenshot(page, 'leader-home-stats');
    await page.context().close();
  });

  it('when the leader opens 统计 from the nav, then 受理量 and 综合成绩 are the api\'s for the month, with the weights; 受理量 opens the list of the same orders', async () => {
    const overview = await stats('overview?month=2026-11');
    expect(overview.total).toBeGreaterThanOrEqual(10);
    expect(overview.rates.composite).not.toBeNull();
    const page = await desk.signIn('leader');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计', exact: true }).click();
    await page.getByRole('heading', { name: '统计分析', exact: true }).waitFor();
    expect(await page.title()).toContain('统计分析');
    await page.getByRole('status').getByText(`统计周期：${overview.period.label}`).waitFor();

    const received = page.getByRole('link', { name: `受理量 ${overview.total} 件`, exact: true });
    await received.waitFor();
    await page.getByRole('link', { name: `综合成绩 ${overview.rates.composite.toFixed(1)} 分`, exact: true }).waitFor();
    await page.getByRole('link', { name: `在办 ${overview.openNow} 件`, exact: true }).waitFor();
    await page.getByRole('link', { name: `超期 ${overview.overdueNow} 件`, exact: true }).waitFor();
    const rates = region(page, '三率与综合成绩');
    await rates.getByText(overview.scoring.description).waitFor();
    await rates.getByText(overview.scoring.effectiveFrom).waitFor();

    // Every panel answered before the picture is taken.
    await region(page, '排名').getByRole('table').first().waitFor();
    await region(page, '问题分类').getByRole('table').first().waitFor();
    await region(page, '热点').getByRole('heading', { name: '突增' }).waitFor();
    await region(page, '时效').getByRole('table').first().waitFor();
    await screenshot(page, 'leader-stats');

    // The trend by day: the chart names each day's count, as the api counts it.
    const days = await stats('volumes?by=day&month=2026-11');
    const today = days.items.find((d: { key: string }) => d.key === '2026-11-25') as { count: number };
    await region(page, '受理量趋势').getByText('本期逐日').click();
    await region(page, '受理量趋势').getByRole('img', { name: new RegExp(`11月25日 ${today.count} 件`) }).waitFor();

    await received.click();
    expect(overview.total).toBe(await listTotal('from=2026-11-01T00:00:00%2B08:00&to=2026-12-01T00:00:00%2B08:00'));
    await expectOrderList(page, overview.total);
    expect(page.url()).toContain('from=2026-11-01&to=2026-11-30');
    await page.context().close();
  });

  it('when a category bar is clicked, then the next level shows; its count opens the list of that category with the same total', async () => {
    const cat1 = await stats('volumes?by=cat1&month=2026-11');
    const top = cat1.items[0] as { key: string; count: number };
    const cat2 = await stats(`volumes?by=cat2&month=2026-11&category=${encodeURIComponent(top.key)}`);
    const sub = cat2.items[0] as { key: string; count: number };
    const page = await desk.signIn('leader', '/stats?month=2026-11');
    const panel = region(page, '问题分类');
    await panel.getByRole('link', { name: `${top.key} ${top.count} 件`, exact: true }).waitFor();

    // The largest category is the top bar of the chart.
    const bars = panel.getByRole('img').locator('path[fill="#1d4e89"]');
    await bars.first().waitFor();
    // The bars grow in an entry animation (slower on a loaded machine): measure once they have stopped moving.
    const measure = async () => Promise.all((await bars.all()).map(async (bar) => ({ bar, box: await bar.boundingBox() })));
    let boxes = await measure();
    for (let tries = 0; tries < 50; tries++) {
      await page.waitForTimeout(200);
      const again = await measure();
      const still = JSON.stringify(again.map((b) => b.box)) === JSON.stringify(boxes.map((b) => b.box));
      boxes = again;
      if (still) break;
    }
    const topBar = boxes.filter((b) => b.box && b.box.height > 4).sort((a, b) => a.box!.y - b.box!.y)[0];
    await topBar.bar.click();
    await panel.getByRole('navigation', { name: '分类层级' }).getByText(top.key, { exact: true }).waitFor();

    const name = sub.key.split('/').pop()!;
    await panel.getByRole('link', { name: `${name} ${sub.count} 件`, exact: true }).click();
    expect(sub.count).toBe(await listTotal(`category=${encodeURIComponent(sub.key)}&from=2026-11-01T00:00:00%2B08:00&to=2026-12-01T00:00:00%2B08:00`));
    await expectOrderList(page, sub.count);
    await page.context().close();
  });

  it('when the previous month and a unit are chosen, then the figures are the api\'s for that month and unit', async () => {
    const cgb = orders.units.CGB!;
    const overview = await stats(`overview?month=2026-10&unitId=${cgb}`);
    const page = await desk.signIn('leader', '/stats');
    await page.getByRole('heading', { name: '统计分析', exact: true }).waitFor();
    await page.getByRole('button', { name: '上一个月' }).click();
    const unit = page.getByRole('combobox', { name: '承办单位', exact: true });
    await unit.click();
    await unit.fill('城市管理');
    await page.getByRole('option', { name: '城市管理办', exact: true }).click();
    await page.getByRole('status').getByText(`统计周期：${overview.period.label}`).waitFor();
    await page.getByRole('link', { name: `受理量 ${overview.total} 件`, exact: true }).waitFor();
    await page.getByRole('link', { name: `综合成绩 ${overview.rates.composite === null ? '—' : `${overview.rates.composite.toFixed(1)} 分`}`, exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe(`?month=2026-10&unitId=${cgb}`);
    await page.context().close();
  });

  it('when the 热点 panel shows the keyword cloud, then its words are the api\'s; a word opens the list searched for it', async () => {
    const hotspots = await stats('hotspots?month=2026-11');
    const keywords = hotspots.keywords as { term: string; orders: number; score: number }[];
    expect(keywords.length).toBeGreaterThan(0);
    const page = await desk.signIn('leader', '/stats?month=2026-11');
    const cloud = region(page, '热点').getByRole('list', { name: '关键词云' });
    await cloud.waitFor();
    const words = cloud.getByRole('link');
    expect(await words.count()).toBe(keywords.length);
    // Strongest first, and never smaller than a weaker word.
    const [first, last] = [keywords[0], keywords[keywords.length - 1]];
    const size = async (term: string) => parseFloat(await cloud.getByRole('link', { name: new RegExp(`^关键词 ${term}，`) }).evaluate((a) => getComputedStyle(a).fontSize));
    expect(await words.first().textContent()).toBe(first.term);
    expect(await size(first.term)).toBeGreaterThanOrEqual(await size(last.term));

    await cloud.getByRole('link', { name: `关键词 ${first.term}，${first.orders} 件工单`, exact: true }).click();
    const total = await listTotal(`q=${encodeURIComponent(first.term)}&from=2026-11-01T00:00:00%2B08:00&to=2026-12-01T00:00:00%2B08:00`);
    // The list searches the words as text: every order the word was counted in is there (and nothing else here has it).
    expect(total).toBeGreaterThanOrEqual(first.orders);
    await expectOrderList(page, total);
    expect(new URL(page.url()).searchParams.get('q')).toBe(first.term);
    await page.context().close();
  });

  it('when a month has no orders, then the page says 本期暂无工单; when the api refuses, then its message is shown', async () => {
    const page = await desk.signIn('leader', '/stats?month=2025-01');
    await page.getByRole('link', { name: '受理量 0 件', exact: true }).waitFor();
    await page.getByText('本期暂无工单').waitFor();

    await page.route('**/api/stats/overview**', (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ code: 'VALIDATION_FAILED', message: '结束日期须不早于开始日期', details: {} }) }),
    );
    await page.goto(`${t.url}/stats?month=2025-02`);
    await page.getByRole('alert').getByText('结束日期须不早于开始日期').waitFor();
    await page.context().close();
  });
});
