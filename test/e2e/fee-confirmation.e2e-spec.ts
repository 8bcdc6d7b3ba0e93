import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SessionActor } from '@app/auth';
import { ManualClock } from '@app/clock';
import { CoverageReport } from '@app/rostering';
import { StatsQueries } from '@app/stats';
import { createTestApp, SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import type { Block, ParagraphBlock, ReportDocument, TableBlock } from '../../libs/reports/src/domain/report-document.js';
import type { ReportPeriodRequest, ReportRunContext } from '../../libs/reports/src/domain/report-run.js';
import { FeeConfirmationBuilder, FeeEvidenceReader, ServiceContractReader } from '../../libs/reports/src/fee/index.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/** 费用确认单 (DESIGN §11, issue 12): the contract's fees for a period, and the service delivered as the desk's APIs report it. */
const clock = new ManualClock('2026-11-24T23:55:00Z'); // 07:55 in Beijing on 11-25, before the 早班
let t: TestApp;
let desk: OrderDesk;
let builder: FeeConfirmationBuilder;
let leader: SessionActor;

beforeAll(async () => {
  // A database of its own: it checks the 早班 in, which other files expect still to be waiting (review-walk).
  t = await createTestApp({ clock, runJobs: false, ownDatabase: 'fee' });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'leader'], phonePrefix: '1364444' });
  // The 早班 of 11-25 checks in and is still at the seats at 10:00: coverage delivered is more than nothing.
  const onDuty = await t.http.get('/api/roster/on-duty?at=2026-11-25T01:00:00Z').set(desk.as('supervisor'));
  const seats = (onDuty.body.items as { staffCode: string; team: string }[]).filter((p) => p.team === 'seat');
  expect(seats.length).toBeGreaterThan(0);
  for (const person of seats) expect((await t.http.post('/api/roster/check-in').set(desk.as('supervisor')).send({ staffCode: person.staffCode })).status).toBe(200);
  clock.set(SHARED_SEED_MOMENT); // 10:00
  for (let i = 0; i < 3; i++) await desk.intake();
  // Wired by hand from the app's own services: the api process without jobs has no reports job module.
  const from = <T>(type: new (...args: never[]) => T) => t.app.get(type, { strict: false });
  builder = new FeeConfirmationBuilder(new ServiceContractReader(t.dataSource), new FeeEvidenceReader(from(CoverageReport), from(StatsQueries)));
  const [row] = (await t.dataSource.query(
    `SELECT id, username, display_name, role, unit_id, street_code FROM app_user WHERE username = 'leader'`,
  )) as { id: string; username: string; display_name: string; role: 'leader'; unit_id: null; street_code: string }[];
  leader = { id: row.id, username: row.username, displayName: row.display_name, role: row.role, unitId: row.unit_id, streetCode: row.street_code, sessionId: 'fee-e2e' };
});
afterAll(async () => t?.close());

const progress: [number, number | null, string | undefined][] = [];
const build = (period: ReportPeriodRequest): Promise<ReportDocument> => {
  progress.length = 0;
  const ctx: ReportRunContext = {
    reportId: 'fee-e2e',
    actor: leader,
    period,
    masked: true,
    now: clock.now(),
    progress: async (done, total, message) => void progress.push([done, total, message]),
  };
  return builder.build(ctx);
};
const table = (doc: ReportDocument, caption: string) => {
  const found = doc.blocks.find((b: Block): b is TableBlock => b.kind === 'table' && b.caption?.startsWith(caption) === true);
  if (!found) throw new Error(`no table ${caption}`);
  return found;
};
const column = (tb: TableBlock, title: string) => tb.columns.findIndex((c) => c.title === title);
const text = (doc: ReportDocument) => doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text).join('\n');
const api = async (path: string) => {
  const res = await t.http.get(path).set(desk.as('leader'));
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body;
};

describe('FeeConfirmationBuilder: fees', () => {
  it('when the period is the whole contract, then it shows 104,000 a month, 1,248,000 in total and 壹佰贰拾肆万捌仟元整', async () => {
    const doc = await build({ from: '2026-05-01', to: '2027-04-30' });
    expect(doc.title).toBe('费用确认单');
    expect(doc.meta).toEqual(expect.arrayContaining([
      { label: '甲方（委托方）', value: '北京市西城区人民政府陶然亭街道办事处' },
      { label: '合同期限', value: '2026年5月1日至2027年4月30日' },
      { label: '确认期间', value: '2026年5月1日至2027年4月30日（全部合同期）' },
    ]));
    const fees = table(doc, '服务费用明细');
    expect(fees.columns.map((c) => c.title)).toEqual(['序号', '服务内容', '月度服务费（元）', '计费月数', '本期金额（元）']);
    expect(fees.rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      [1, 12_000, '12', 144_000],
      [2, 60_000, '12', 720_000],
      [3, 20_000, '12', 240_000],
      [4, 12_000, '12', 144_000],
    ]);
    expect(fees.rows[1][1]).toContain('7（每周在岗天数）*24小时轮班值守');
    expect(fees.totals).toEqual(['合计', null, 104_000, '12', 1_248_000]);
    expect(text(doc)).toContain('本期服务费合计：人民币 1,248,000.00 元（大写：壹佰贰拾肆万捌仟元整）');
    const schedule = table(doc, '付款计划');
    expect(schedule.rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['第 1 期', 0.25, 312_000, 0.25],
      ['第 2 期', 0.25, 312_000, 0.5],
      ['第 3 期', 0.25, 312_000, 0.75],
      ['第 4 期', 0.15, 187_200, 0.9],
      ['尾款', 0.1, 124_800, 1],
    ]);
    expect(doc.footer?.join('\n')).toMatch(/甲方（盖章）[\s\S]*经办人[\s\S]*乙方（盖章）[\s\S]*日期/);
    expect(progress.at(-1)).toEqual([3, 3, '费用确认单已生成']);
  });

  it('when the period is the first payment period, then 312,000 for three months and 25% of the total is due', async () => {
    const doc = await build({ from: '2026-05-01', to: '2026-07-31' });
    const fees = table(doc, '服务费用明细');
    expect(fees.totals).toEqual(['合计', null, 104_000, '3', 312_000]);
    expect(text(doc)).toContain('本期服务费合计：人民币 312,000.00 元（大写：叁拾壹万贰仟元整）');
    expect(text(doc)).toContain('本期为第 1 期（2026年5月1日至2026年7月31日）付款期，应支付合同总额的 25%，应付金额：人民币 312,000.00 元（大写：叁拾壹万贰仟元整）；支付后累计支付合同总额的 25%');
  });

  it('when the period is the last payment period, then it is due up to 90% and the 10% balance is named', async () => {
    const doc = await build({ from: '2027-02-01', to: '2027-04-30' });
    expect(text(doc)).toContain('应支付合同总额的 15%，应付金额：人民币 187,200.00 元（大写：壹拾捌万柒仟贰佰元整）；支付后累计支付合同总额的 90%');
    expect(text(doc)).toContain('其余 10%（124,800.00 元，大写：壹拾贰万肆仟捌佰元整）在服务考核确认后 15 个工作日内支付');
  });

  it('when the period is a month, then one month is billed and it points to its payment period', async () => {
    const doc = await build({ month: '2026-11' });
    expect(table(doc, '服务费用明细').totals).toEqual(['合计', null, 104_000, '1', 104_000]);
    expect(text(doc)).toContain('大写：壹拾万肆仟元整');
    expect(text(doc)).toContain('本期间属于第 3 期付款期（2026年11月1日至2027年1月31日）');
  });

  it('when the period does not start on a month\'s first day, then FEE_PERIOD_INVALID; outside the contract, FEE_CONTRACT_NOT_FOUND', async () => {
    await expect(build({ from: '2026-05-02', to: '2026-05-31' })).rejects.toMatchObject({ code: 'FEE_PERIOD_INVALID', status: 400 });
    await expect(build({ month: '2028-01' })).rejects.toMatchObject({ code: 'FEE_CONTRACT_NOT_FOUND', status: 404 });
    await expect(build({ month: '2026-13' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('FeeConfirmationBuilder: 服务完成情况 equals the desk\'s APIs', () => {
  it.each([
    ['November 2026 (orders entered above)', { month: '2026-11' }, '2026-11-01', '2026-11-30', ['2026-11']],
    ['the first payment period', { from: '2026-05-01', to: '2026-07-31' }, '2026-05-01', '2026-07-31', ['2026-05', '2026-06', '2026-07']],
  ] as const)('when the period is %s, then volumes, rates, clocks and coverage equal the statistics and roster APIs', async (_name, period, from, to, months) => {
    const doc = await build(period);
    const overview = await api(`/api/stats/overview?from=${from}&to=${to}`);
    const timeliness = await api(`/api/stats/timeliness?from=${from}&to=${to}`);

    const rates = table(doc, '三率与综合成绩');
    expect(rates.rows).toEqual([[overview.total, overview.rates.responseRate, overview.rates.resolutionRate, overview.rates.satisfactionRate, overview.rates.composite]]);
    expect(text(doc)).toContain(`期间共受理工单 ${overview.total} 件`);
    expect(text(doc)).toContain(overview.scoring.description);
    if ('month' in period) expect(overview.total).toBeGreaterThan(0);

    const clocks = table(doc, '各环节时限完成情况');
    expect(clocks.rows).toEqual(timeliness.clocks.map((c: Record<string, unknown>) => [c.label, c.done, c.onTime, c.late, c.onTimeRate, c.averageMinutes]));

    const coverage = table(doc, '值守覆盖');
    const reports = await Promise.all(months.map((m) => api(`/api/roster/coverage?month=${m}`)));
    const at = (title: string) => column(coverage, title);
    expect(coverage.rows.map((r) => [r[0], r[at('应值守小时')], r[at('满足小时')], r[at('覆盖率')], r[at('应配座席人时')], r[at('实到座席人时')]])).toEqual(
      reports.map((c) => [c.month, c.totals.demandHours, c.totals.coveredHours, c.totals.coverageRate, c.totals.seatHoursRequired, c.totals.seatHoursDelivered]),
    );
    const demand = reports.reduce((s, c) => s + c.totals.demandHours, 0);
    expect(coverage.totals?.[at('应值守小时')]).toBe(demand);
    expect(coverage.totals?.[at('满足小时')]).toBe(reports.reduce((s, c) => s + c.totals.coveredHours, 0));
  });

  it('when the 早班 checked in, then November shows hours covered, counted up to the clock, not the whole month', async () => {
    const doc = await build({ month: '2026-11' });
    const coverage = table(doc, '值守覆盖');
    const demand = coverage.rows[0][column(coverage, '应值守小时')] as number;
    // 2026-11-25 10:00 in Beijing: 24 days and 10 hours have passed under 7×24.
    expect(demand).toBeGreaterThan(0);
    expect(demand).toBeLessThanOrEqual(24 * 24 + 10);
    expect(coverage.rows[0][column(coverage, '满足小时')]).toBeGreaterThan(0);
    expect(coverage.rows[0][column(coverage, '实到座席人时')]).toBeGreaterThan(0);
    expect(text(doc)).toContain('期间尚未结束，数据截至 2026-11-25 10:00');
  });
});
