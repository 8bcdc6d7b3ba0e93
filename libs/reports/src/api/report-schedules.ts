import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { JOBS, nextCronRun } from '@app/queue';
import { addDays, beijingDay, beijingMidnight, configInForce, loadRateConfigs, parseDay } from '@app/stats';
import { REPORT_KIND_LABELS, type ReportKind } from '../domain/report-kind.js';
import { ledgerMonthDue } from '../domain/report-schedule.js';
import type { ReportScheduleView } from '../domain/report-views.js';
import { ReportDueDates } from '../jobs/report-due-dates.js';


/** The scheduled runs as the 报表 page lists them, with the time each next produces a report. */
@Injectable()
export class ReportSchedules {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly due: ReportDueDates,
  ) {}

  async list(actor: SessionActor): Promise<{ items: ReportScheduleView[] }> {
    const now = this.clock.now();
    const configs = await loadRateConfigs(this.dataSource.manager, actor.streetCode);
    const ledger = JOBS['monthly-ledger'].schedule!;
    const fee = JOBS['fee-confirmation'].schedule!;
    const nextLedger = this.nextLedger(now, (day) => configInForce(configs, day).periodMode);
    const nextFee = await this.due.nextFeeConfirmation(actor.streetCode, beijingDay(now));
    return {
      items: [
        {
          kind: 'monthly-ledger',
          label: REPORT_KIND_LABELS['monthly-ledger'],
          rule: '每个考核周期结束后的次日 01:00 生成上一周期的台账（自然月为每月1日，19日至18日口径为每月19日）',
          pattern: ledger.pattern,
          nextCheckAt: nextCronRun(ledger.pattern, now).toISOString(),
          nextRunAt: nextLedger?.at ?? null,
          nextPeriod: nextLedger?.month ?? null,
        },
        {
          kind: 'analysis-report',
          label: REPORT_KIND_LABELS['analysis-report'],
          rule: '定时台账生成完成后，随即生成同一周期的民意分析报告',
          pattern: null,
          nextCheckAt: null,
          nextRunAt: nextLedger?.at ?? null,
          nextPeriod: nextLedger?.month ?? null,
        },
        {
          kind: 'fee-confirmation',
          label: REPORT_KIND_LABELS['fee-confirmation'],
          rule: '每个付款周期（合同起每三个月）结束后的次日 02:00 生成该周期的费用确认单',
          pattern: fee.pattern,
          nextCheckAt: nextCronRun(fee.pattern, now).toISOString(),
          nextRunAt: nextFee ? atBeijing(nextFee.runDay, 2) : null,
          nextPeriod: nextFee?.period ?? null,
        },
      ],
    };
  }

  /** The first day from tomorrow (or today, before 01:00) on which a ledger falls due. */
  private nextLedger(now: Date, modeOn: (day: string) => 'calendar' | 'nineteenth'): { at: string; month: string } | null {
    const today = beijingDay(now);
    for (let i = 0; i <= 62; i++) {
      const day = addDays(today, i);
      const month = ledgerMonthDue(day, modeOn(day));
      const at = atBeijing(day, 1);
      if (month && Date.parse(at) > now.getTime()) return { at, month };
    }
    return null;
  }
}

function atBeijing(day: string, hour: number): string {
  const { year, month, day: d } = parseDay(day);
  return new Date(beijingMidnight(year, month, d).getTime() + hour * 3_600_000).toISOString();
}
