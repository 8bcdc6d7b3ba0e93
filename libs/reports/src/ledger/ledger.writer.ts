import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { can } from '@app/access';
import type { ChainHead } from '@app/audit';
import { DATA_SOURCE } from '@app/database';
import type { ReportRunContext } from '../domain/report-run.js';
import { LedgerAnchorSource } from './ledger-anchor.source.js';
import { LedgerDutySource } from './ledger-duty.source.js';
import { LedgerFigures } from './ledger-figures.js';
import { LedgerHungSource } from './ledger-hung.source.js';
import { loadRefs } from './ledger-refs.js';
import { LedgerRowsSource } from './ledger-rows.source.js';
import { scopeOf } from './ledger-scope.js';
import { LedgerSheet } from './ledger-sheet.js';
import { writeAuditAnchor } from './ledger-sheets/audit-anchor.note.js';
import { DETAIL_COLUMNS, DETAIL_SHEET, writeDetail } from './ledger-sheets/detail.sheet.js';
import { DUTY_COLUMNS, DUTY_SHEET, writeDuty } from './ledger-sheets/duty.sheet.js';
import { EXCEPTION_COLUMNS, EXCEPTIONS_SHEET, isException, writeExceptions } from './ledger-sheets/exceptions.sheet.js';
import { HUNG_COLUMNS, HUNG_SHEET, writeHung } from './ledger-sheets/hung.sheet.js';
import { RATES_COLUMNS, RATES_SHEET, writeRatesAndRankings } from './ledger-sheets/rates-ranking.sheet.js';
import { CATEGORY_COLUMNS, CATEGORY_SHEET, COMMUNITY_SHEET, dimensionColumns, UNASSIGNED_LABELS, UNIT_SHEET, writeCategorySummary, writeDimensionSummary } from './ledger-sheets/summary.sheets.js';

/** The sheets of the monthly ledger, in their order (DESIGN §9). */
export const LEDGER_SHEETS = [DETAIL_SHEET, CATEGORY_SHEET, COMMUNITY_SHEET, UNIT_SHEET, RATES_SHEET, EXCEPTIONS_SHEET, HUNG_SHEET, DUTY_SHEET] as const;

export interface LedgerSummary {
  /** e.g. 陶然亭街道 12345 市民热线月度工单台账（2026年11月） */
  title: string;
  period: { key: string; label: string; from: string; to: string };
  /** Rows of 工单明细 — equal to the statistics' `overview.total` for the period. */
  orders: number;
  /** The statistics' total the detail was checked against. */
  statsTotal: number;
  masked: boolean;
  /** Data rows per sheet (tables' rows, without titles, headers and 合计). */
  sheets: { name: string; rows: number }[];
  totals: { received: number; composite: number | null; exceptions: number; hung: number; coverageRate: number | null };
  /** The street's audit chain head printed under the detail (审计锚点); null before the first audit record. */
  auditAnchor: ChainHead | null;
}

/**
 * The monthly ledger (月度工单台账, DESIGN §9) as an .xlsx written with exceljs's streaming writer: each row is
 * committed as it is written and strings are inline (shared strings would hold every string in memory), so memory
 * stays flat however many orders the month has. Every figure of the summary sheets comes from libs/stats; the detail
 * lists exactly the orders the statistics count as received in the period.
 */
@Injectable()
export class LedgerWriter {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly figures: LedgerFigures,
    private readonly rows: LedgerRowsSource,
    private readonly hungSource: LedgerHungSource,
    private readonly duty: LedgerDutySource,
    private readonly anchor: LedgerAnchorSource,
  ) {}

  async write(ctx: ReportRunContext, filePath: string): Promise<LedgerSummary> {
    // A file for someone who may not see personal data is masked whatever the caller says (DESIGN §1).
    const masked = ctx.masked || !can(ctx.actor.role, 'order.pii.reveal');
    await ctx.progress(0, null, '读取统计数据');
    const stats = await this.figures.collect(ctx.actor, ctx.period);
    const period = stats.overview.period;
    const scope = scopeOf(ctx.actor, period, ctx.now);
    const refs = await loadRefs(this.dataSource.manager, scope.streetCode);
    const title = `${refs.streetName} 12345 市民热线${period.mode === 'custom' ? '' : '月度'}工单台账（${period.label}）`;
    const meta = (what: string) => `统计周期：${period.label}　${what}　生成时间：${formatBeijing(ctx.now)}${masked ? '　个人信息已脱敏' : ''}`;

    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
    workbook.creator = refs.streetName;
    workbook.created = ctx.now;
    const open = (name: string, columns: typeof DETAIL_COLUMNS, what: string, table: boolean, frozenColumns = 0) =>
      new LedgerSheet(workbook, { name, title, meta: meta(what), columns, table, frozenColumns });

    const total = stats.overview.total;
    const detail = open(DETAIL_SHEET, DETAIL_COLUMNS, `共 ${total} 件（按受理时间）`, true, 2);
    const { written: orders, picked: exceptionIds } = await writeDetail(detail, this.rows.pages(scope, { withPii: true }), {
      refs, masked, now: ctx.now, total, pick: isException,
      progress: (done, all) => ctx.progress(done, all, '写入工单明细'),
    });
    const auditAnchor = await this.anchor.headOf(scope.streetCode, ctx.now);
    writeAuditAnchor(detail, auditAnchor, formatBeijing(ctx.now));
    detail.commit();
    await ctx.progress(orders, total, '写入汇总');

    const category = open(CATEGORY_SHEET, CATEGORY_COLUMNS, '工单量按受理时间，三率按回访时间', true);
    writeCategorySummary(category, stats);
    category.commit();
    const community = open(COMMUNITY_SHEET, dimensionColumns('社区'), '工单量按受理时间，三率按回访时间', true);
    writeDimensionSummary(community, stats.communities, UNASSIGNED_LABELS.community);
    community.commit();
    const unit = open(UNIT_SHEET, dimensionColumns('承办单位'), '工单量按受理时间（计入最后主办单位），三率按回访时间', true);
    writeDimensionSummary(unit, stats.units, UNASSIGNED_LABELS.unit);
    unit.commit();
    const rates = open(RATES_SHEET, RATES_COLUMNS, stats.overview.scoring.description, false);
    writeRatesAndRankings(rates, stats);
    rates.commit();

    const exceptionsSheet = open(EXCEPTIONS_SHEET, EXCEPTION_COLUMNS, `本期受理工单中时限超时或有退单的工单，计时中的时限算至生成时间`, true, 2);
    const exceptions = await writeExceptions(exceptionsSheet, this.rows.pagesOf(scope.streetCode, exceptionIds, { withPii: masked }), { refs, masked, now: ctx.now });
    exceptionsSheet.commit();

    const asOf = scope.to < ctx.now ? scope.to : ctx.now;
    const hung = await this.hungSource.hungAt(scope);
    const hungSheet = open(HUNG_SHEET, HUNG_COLUMNS, `截至 ${formatBeijing(asOf)} 仍在挂账的工单`, true, 2);
    writeHung(hungSheet, hung, { refs, masked, asOf });
    hungSheet.commit();

    const duty = await this.duty.figures(scope);
    const dutySheet = open(DUTY_SHEET, DUTY_COLUMNS, '席位覆盖按签到签退计算', false);
    writeDuty(dutySheet, duty);
    dutySheet.commit();

    await workbook.commit();
    await ctx.progress(total, total, '台账已生成');
    return {
      title,
      period: { key: period.key, label: period.label, from: period.from, to: period.to },
      orders,
      statsTotal: total,
      masked,
      sheets: [
        { name: DETAIL_SHEET, rows: detail.rowCount },
        { name: CATEGORY_SHEET, rows: category.rowCount },
        { name: COMMUNITY_SHEET, rows: community.rowCount },
        { name: UNIT_SHEET, rows: unit.rowCount },
        { name: RATES_SHEET, rows: rates.rowCount },
        { name: EXCEPTIONS_SHEET, rows: exceptionsSheet.rowCount },
        { name: HUNG_SHEET, rows: hungSheet.rowCount },
        { name: DUTY_SHEET, rows: dutySheet.rowCount },
      ],
      totals: {
        received: total,
        composite: stats.overview.rates.composite,
        exceptions,
        hung: hung.length,
        coverageRate: duty.monthTotals?.coverageRate ?? null,
      },
      auditAnchor,
    };
  }
}

/** 2026-11-25 10:00 in Beijing time. */
function formatBeijing(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
