import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { can, maskPhone, type Role } from '@app/access';
import { createAnchorStore, type AuditAnchorStore } from '@app/audit';
import type { SessionActor } from '@app/auth';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { AttendanceRecords, CoverageReport } from '@app/rostering';
import { StatsQueries } from '@app/stats';
import { createTestApp, SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import type { ReportRunContext } from '../../libs/reports/src/domain/report-run.js';
import {
  LEDGER_SHEETS, LedgerAnchorSource, LedgerDutySource, LedgerFigures, LedgerHungSource, LedgerRowsSource, LedgerWriter, type LedgerSummary,
} from '../../libs/reports/src/ledger/index.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * The monthly ledger (月度工单台账, issue 12) for November 2026, written by `LedgerWriter` and read back with exceljs:
 * every sheet, one detail row per order the statistics count, the summary sheets' totals equal to `StatsQueries`,
 * no formula anywhere, personal data masked for a leader and in clear for a role that may reveal it.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT); // Wednesday 2026-11-25 10:00 in Beijing
let t: TestApp;
let desk: OrderDesk;
let writer: LedgerWriter;
let stats: StatsQueries;
let anchors: AuditAnchorStore;
const ids: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'hd-ledger-'));
const NOVEMBER = { month: '2026-11' };
const FORMULA_CONTENT = '=1+1 物业不打扫楼道，请回电13812345678，我的身份证号11010119900307123X，我是王小明';

const hours = (n: number) => clock.advance(n * 3_600_000);
const checklist = () => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' }));
async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

async function actorOf(username: string): Promise<SessionActor> {
  const [u] = (await t.dataSource.query('SELECT id, username, display_name, role, unit_id, street_code FROM app_user WHERE username = $1', [username])) as {
    id: string; username: string; display_name: string; role: Role; unit_id: string | null; street_code: string;
  }[];
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role, unitId: u.unit_id, streetCode: u.street_code, sessionId: 'ledger-test' };
}

async function writeLedger(username: string, name: string): Promise<{ summary: LedgerSummary; book: ExcelJS.Workbook; progress: [number, number | null][] }> {
  const actor = await actorOf(username);
  const progress: [number, number | null][] = [];
  const ctx: ReportRunContext = {
    reportId: `ledger-${name}`,
    actor,
    period: NOVEMBER,
    masked: !can(actor.role, 'order.pii.reveal'),
    now: clock.now(),
    progress: async (done, total) => void progress.push([done, total]),
  };
  const file = join(dir, `${name}.xlsx`);
  const summary = await writer.write(ctx, file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { summary, book, progress };
}

/** The data rows of a single-table sheet: below the header (row 3), numbered in 序号. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 3 && typeof row.getCell(1).value === 'number') rows.push(row);
  });
  return rows;
}
const totalsRow = (sheet: ExcelJS.Worksheet): ExcelJS.Row => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === '合计') found = row;
  });
  if (!found) throw new Error(`no 合计 row in ${sheet.name}`);
  return found;
};
const column = (sheet: ExcelJS.Worksheet, header: string): number => {
  let index = 0;
  sheet.getRow(3).eachCell((cell, n) => {
    if (cell.value === header) index = n;
  });
  if (!index) throw new Error(`no column ${header} in ${sheet.name}`);
  return index;
};
const numberOf = async (id: string) =>
  ((await t.dataSource.query('SELECT coalesce(upstream_no, local_no) AS no FROM work_order WHERE id = $1', [id])) as { no: string }[])[0].no;
const rowOf = (sheet: ExcelJS.Worksheet, orderNo: string) => dataRows(sheet).find((r) => r.getCell(2).value === orderNo);

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1364444' });
  stats = t.app.get(StatsQueries);
  const ds = t.dataSource;
  // Built by hand: the api without jobs has no reports job module.
  anchors = createAnchorStore(t.config);
  writer = new LedgerWriter(ds, new LedgerFigures(stats), new LedgerRowsSource(ds, t.config), new LedgerHungSource(ds), new LedgerDutySource(t.app.get(CoverageReport), new AttendanceRecords(ds)), new LedgerAnchorSource(ds, anchors));
  const { CGB, MSB } = desk.units;

  // Three orders handled through to a satisfied callback.
  for (const k of ['done1', 'done2', 'done3']) {
    ids[k] = await desk.intake();
    await ok('operator', ids[k], 'sign');
    await ok('supervisor', ids[k], 'dispatch', { leadUnitId: CGB });
    await ok('unit.cgb', ids[k], 'contact', { contactedAt: clock.now().toISOString(), method: 'phone', contactedBy: '张明', summary: '已电话联系' });
    await ok('unit.cgb', ids[k], 'reply', {
      content: '经核实已处理完毕。', contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [],
    });
    await ok('reviewer', ids[k], 'approve', { checklist: checklist() });
    await ok('reviewer', ids[k], 'callback', { valid: true, contacted: true, solved: true, satisfaction: k === 'done3' ? 'basically' : 'satisfied' });
  }
  // A citizen whose content starts like a formula and carries their phone, ID number and name.
  ids.formula = await desk.intake({ content: FORMULA_CONTENT, citizenName: '王小明', citizenPhone: '13812345678' });
  await ok('operator', ids.formula, 'sign');
  // Returned to the street by the unit; a return requested from the platform; a hang (挂账) with a plan.
  ids.unitReturn = await desk.intake();
  await ok('operator', ids.unitReturn, 'sign');
  await ok('supervisor', ids.unitReturn, 'dispatch', { leadUnitId: CGB });
  await ok('unit.cgb', ids.unitReturn, 'unit_return', { reason: 'not_our_duty', text: '应由供热公司处理，联系人电话13912345678' });
  ids.requested = await desk.intake();
  await ok('operator', ids.requested, 'sign');
  await ok('supervisor', ids.requested, 'request_return', { reason: 'outside_jurisdiction', text: '地址不属于本街道', evidenceIds: [] });
  ids.hung = await desk.intake();
  await ok('operator', ids.hung, 'sign');
  await ok('supervisor', ids.hung, 'dispatch', { leadUnitId: MSB });
  await ok('supervisor', ids.hung, 'hang', { plan: '协调供热公司更换主管道，预计12月完工', nextProgressAt: new Date(clock.now().getTime() + 3 * 86400e3).toISOString() });
  // Contacted 30 h after dispatch: the 24 h contact clock ran late.
  ids.late = await desk.intake();
  await ok('operator', ids.late, 'sign');
  await ok('supervisor', ids.late, 'dispatch', { leadUnitId: CGB });
  // An order of October: not in November's ledger.
  ids.october = await desk.intake({ receivedAt: '2026-10-20T02:00:00Z' });
  hours(30);
  await ok('unit.cgb', ids.late, 'contact', { contactedAt: clock.now().toISOString(), method: 'phone', contactedBy: '张明', summary: '已电话联系' });
}, 240_000);
afterAll(async () => {
  await anchors?.close();
  await t?.close();
});

describe('LedgerWriter.write', () => {
  let leader: Awaited<ReturnType<typeof writeLedger>>;
  beforeAll(async () => {
    leader = await writeLedger('leader', 'leader');
  }, 120_000);

  it('when a leader asks for November, then every sheet is there, named and in order, with title and print setup', async () => {
    expect(leader.book.worksheets.map((s) => s.name)).toEqual([...LEDGER_SHEETS]);
    expect(LEDGER_SHEETS).toEqual(['工单明细', '分类汇总', '社区汇总', '承办单位汇总', '三率与排名', '超期与退单', '挂账', '值班与考勤']);
    const detail = leader.book.getWorksheet('工单明细')!;
    expect(detail.getCell('A1').value).toBe('陶然亭街道 12345 市民热线月度工单台账（2026年11月）');
    expect(detail.getCell('A1').isMerged).toBe(true);
    expect(detail.getCell('A1').font?.bold).toBe(true);
    expect(detail.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(detail.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '1:3' });
    expect(detail.autoFilter).toBeTruthy();
    expect(detail.getCell(3, column(detail, '受理时间')).font?.bold).toBe(true);
    expect(detail.getCell(4, column(detail, '受理时间')).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('when written, then the detail holds exactly one row per order the statistics count for the period', async () => {
    const overview = await stats.overview(await actorOf('leader'), NOVEMBER);
    const detail = leader.book.getWorksheet('工单明细')!;
    const rows = dataRows(detail);
    expect(overview.total).toBeGreaterThanOrEqual(8);
    expect(rows).toHaveLength(overview.total);
    expect(leader.summary).toMatchObject({ orders: overview.total, statsTotal: overview.total, masked: true });
    expect(rows.map((r) => r.getCell(1).value)).toEqual(rows.map((_, i) => i + 1));
    for (const k of ['done1', 'formula', 'unitReturn', 'requested', 'hung', 'late']) expect(rowOf(detail, await numberOf(ids[k]))).toBeDefined();
    expect(rowOf(detail, await numberOf(ids.october))).toBeUndefined();
    // Times are Beijing wall-clock times: the done orders were received at 10:00 on 25 November.
    const received = rowOf(detail, await numberOf(ids.done1))!.getCell(column(detail, '受理时间')).value as Date;
    expect(received.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(rowOf(detail, await numberOf(ids.done3))!.getCell(column(detail, '满意度')).value).toBe('基本满意');
    expect(rowOf(detail, await numberOf(ids.late))!.getCell(column(detail, '联系时限')).value).toBe('超时');
    expect(rowOf(detail, await numberOf(ids.done1))!.getCell(column(detail, '联系时限')).value).toBe('按时');
    // Progress went up to the total.
    expect(leader.progress[leader.progress.length - 1]).toEqual([overview.total, overview.total]);
  });

  it('when written, then 工单明细 ends with 审计锚点: the street\'s newest audit record and its hash, also kept as a checkpoint', async () => {
    const head = leader.summary.auditAnchor!;
    const street = (await actorOf('leader')).streetCode;
    expect(head).toMatchObject({ streetCode: street });
    const [stored] = (await t.dataSource.query('SELECT hash FROM audit_log WHERE id = $1 AND street_code = $2', [head.id, street])) as { hash: string }[];
    expect(stored.hash).toBe(head.hash);
    const detail = leader.book.getWorksheet('工单明细')!;
    const lines: string[] = [];
    detail.eachRow((row) => lines.push(String(row.getCell(1).value)));
    expect(lines.slice(-2)).toEqual(['审计锚点', `截至 2026-11-26 16:00，本街道审计日志最新记录编号 ${head.id}，哈希值（SHA-256）${head.hash}。留存本表可核对审计日志此后未被截断或改写。`]);
    expect((await anchors.recent()).some((c) => c.heads.some((h) => h.id === head.id && h.hash === head.hash))).toBe(true);
  });

  it('when written, then the summary sheets show the figures of StatsQueries, 合计 included', async () => {
    const actor = await actorOf('leader');
    const overview = await stats.overview(actor, NOVEMBER);
    const sheet = (name: string) => leader.book.getWorksheet(name)!;

    const categories = await stats.volumes(actor, NOVEMBER, 'cat3');
    const cat = sheet('分类汇总');
    // 合计 is the period's total: the orders not yet classified have their own row.
    expect(totalsRow(cat).getCell(column(cat, '工单量')).value).toBe('grandTotal' in categories ? categories.grandTotal : NaN);
    expect('grandTotal' in categories && categories.grandTotal).toBe(overview.total);
    expect(totalsRow(cat).getCell(column(cat, '综合成绩')).value).toBe(overview.rates.composite);
    const unclassified = 'unassigned' in categories && categories.unassigned > 0 ? [categories.unassigned] : [];
    expect(dataRows(cat).map((r) => r.getCell(column(cat, '工单量')).value)).toEqual([...categories.items.map((i) => i.count), ...unclassified]);

    for (const [name, by, label, apart] of [['社区汇总', 'community', '社区', '（未关联社区）'], ['承办单位汇总', 'unit', '承办单位', '（未派至承办单位）']] as const) {
      const volumes = await stats.volumes(actor, NOVEMBER, by);
      const rates = await stats.rates(actor, NOVEMBER, by);
      const s = sheet(name);
      expect(totalsRow(s).getCell(column(s, '工单量')).value).toBe(overview.total);
      expect(totalsRow(s).getCell(column(s, '响应率')).value).toBe(rates.overall.responseRate);
      expect(totalsRow(s).getCell(column(s, '满意率')).value).toBe(rates.overall.satisfactionRate);
      expect(totalsRow(s).getCell(column(s, '综合成绩')).value).toBe(rates.overall.composite);
      const listed = Object.fromEntries(dataRows(s).map((r) => [r.getCell(column(s, label)).value, r.getCell(column(s, '工单量')).value]));
      for (const item of volumes.items) expect(listed[item.label]).toBe(item.count);
      if ('unassigned' in volumes && volumes.unassigned > 0) expect(listed[apart]).toBe(volumes.unassigned);
    }

    const rates = sheet('三率与排名');
    const values = new Map<string, unknown>();
    rates.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('响应率')).toBe(overview.rates.responseRate);
    expect(values.get('解决率')).toBe(overview.rates.resolutionRate);
    expect(values.get('综合成绩')).toBe(overview.rates.composite);
    expect(values.get('基本满意折算系数')).toBe(overview.scoring.basicallySatisfiedWeight);
    const ranking = await stats.rankings(actor, NOVEMBER, 'unit');
    const ranked = new Map<string, unknown>();
    rates.eachRow((row) => ranked.set(String(row.getCell(2).value), row.getCell(3).value));
    for (const e of ranking.items) expect(ranked.get(e.label)).toBe(e.composite);
  });

  it('when a citizen writes "=1+1 …" or any text, then no cell of any sheet is a formula', async () => {
    let cells = 0;
    for (const sheet of leader.book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells += 1;
          expect({ sheet: sheet.name, address: cell.address, type: cell.type === ExcelJS.ValueType.Formula, formula: cell.formula }).toEqual({
            sheet: sheet.name, address: cell.address, type: false, formula: undefined,
          });
        }),
      );
    }
    expect(cells).toBeGreaterThan(100);
    const detail = leader.book.getWorksheet('工单明细')!;
    const text = String(rowOf(detail, await numberOf(ids.formula))!.getCell(column(detail, '诉求摘要')).value);
    expect(text.startsWith("'=1+1")).toBe(true);
  });

  it('when the requester is a leader, then names and phones are masked, in the fields and inside the text', async () => {
    const detail = leader.book.getWorksheet('工单明细')!;
    const row = rowOf(detail, await numberOf(ids.formula))!;
    expect(row.getCell(column(detail, '联系电话')).value).toBe('138****5678');
    expect(row.getCell(column(detail, '诉求人')).value).toBe('王**');
    const content = String(row.getCell(column(detail, '诉求摘要')).value);
    expect(content).toContain('138****5678');
    expect(content).toContain('王**');
    expect(content).not.toContain('王小明');
    expect(content).not.toContain('11010119900307123X');
    // No order's clear phone appears anywhere in the leader's file.
    const phones = await Promise.all(Object.values(ids).map(async (id) => (await desk.detail(id, 'supervisor')).citizenPhone as string));
    for (const sheet of leader.book.worksheets) {
      sheet.eachRow((r) => r.eachCell((cell) => {
        for (const phone of phones) expect(String(cell.value)).not.toContain(phone);
      }));
    }
    expect(phones.map((p) => maskPhone(p))).toContain('138****5678');
    const exceptions = leader.book.getWorksheet('超期与退单')!;
    const returned = rowOf(exceptions, await numberOf(ids.unitReturn))!;
    expect(String(returned.getCell(column(exceptions, '退回街道原因')).value)).toBe('非本单位职责：应由供热公司处理，联系人电话139****5678');
  });

  it('when the requester may reveal personal data (a supervisor), then the file shows them in clear', async () => {
    expect(can('supervisor', 'order.pii.reveal')).toBe(true);
    const { book, summary } = await writeLedger('supervisor', 'supervisor');
    expect(summary.masked).toBe(false);
    const detail = book.getWorksheet('工单明细')!;
    const row = rowOf(detail, await numberOf(ids.formula))!;
    expect(row.getCell(column(detail, '联系电话')).value).toBe('13812345678');
    expect(row.getCell(column(detail, '诉求人')).value).toBe('王小明');
    expect(String(row.getCell(column(detail, '诉求摘要')).value)).toContain('13812345678');
    expect(String(row.getCell(column(detail, '诉求摘要')).value).startsWith("'=1+1")).toBe(true);
  }, 120_000);

  it('when orders ran late or were returned, then 超期与退单 lists them with the clock, how late and the reasons', async () => {
    const sheet = leader.book.getWorksheet('超期与退单')!;
    const late = rowOf(sheet, await numberOf(ids.late))!;
    // Dispatched at 10:00 on the 25th, contacted 30 h later against a 24 h clock: 6 hours late.
    expect(late.getCell(column(sheet, '联系超时（小时）')).value).toBe(6);
    const requested = rowOf(sheet, await numberOf(ids.requested))!;
    expect(requested.getCell(column(sheet, '申请退单原因')).value).toBe('非本辖区：地址不属于本街道');
    expect(requested.getCell(column(sheet, '退单结果')).value).toBe('待平台审核');
    expect(rowOf(sheet, await numberOf(ids.done1))).toBeUndefined();
    expect(leader.summary.totals.exceptions).toBe(dataRows(sheet).length);
  });

  it('when an order hangs at the end of the period, then 挂账 lists it with its plan and next progress date', async () => {
    const sheet = leader.book.getWorksheet('挂账')!;
    const hung = rowOf(sheet, await numberOf(ids.hung))!;
    expect(hung.getCell(column(sheet, '整改计划')).value).toBe('协调供热公司更换主管道，预计12月完工');
    expect((hung.getCell(column(sheet, '下次进展报告日')).value as Date).toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(hung.getCell(column(sheet, '主办单位')).value).toBe('民生保障办');
    expect(dataRows(sheet)).toHaveLength(leader.summary.totals.hung);
  });

  it('when the month has a published roster, then 值班与考勤 shows coverage per day and attendance per person', async () => {
    const sheet = leader.book.getWorksheet('值班与考勤')!;
    const firstColumn: string[] = [];
    sheet.eachRow((row) => firstColumn.push(String(row.getCell(1).value)));
    expect(firstColumn).toContain('2026-11-01');
    expect(firstColumn).toContain('2026-11-30');
    expect(firstColumn).toContain('合计');
    const coverage = await t.app.get(CoverageReport).deliveredOf((await actorOf('leader')).streetCode, '2026-11');
    expect(leader.summary.totals.coverageRate).toBe(coverage.totals.coverageRate);
    expect(firstColumn.some((v) => /（.+）$/.test(v))).toBe(true); // a person: 姓名（工号）
  });
});
