import { Injectable } from '@nestjs/common';
import { computeClock, shanghaiDateOf, yearOf, type ClockInput, type ClockKind, type DeadlineClock } from '@app/calendar';
import type { Queryable } from './calendar.queries.js';
import { CalendarService } from './calendar.service.js';

/** The standing alert of DESIGN §14 for one year without a loaded holiday schedule. */
export interface ProvisionalYearAlert {
  year: number;
  message: string;
}

export function provisionalYearAlert(year: number): ProvisionalYearAlert {
  return { year, message: `${year} 年节假日安排尚未录入，相关时限按周一至周五临时计算` };
}

/** The desk's clocks (DESIGN §4) computed with the street's stored calendar and policy. */
@Injectable()
export class DeadlineService {
  constructor(private readonly calendars: CalendarService) {}

  /**
   * One clock of an order. `provisional` is true when a day in a year without a loaded schedule decided the due
   * time. Inside a transaction pass its manager as `db` (see CalendarService).
   */
  async computeClock(streetCode: string, kind: ClockKind, input: ClockInput, db?: Queryable): Promise<DeadlineClock> {
    const calendar = await this.calendars.calendarFor(streetCode, db);
    const policy = await this.calendars.policyFor(streetCode, db);
    return computeClock(kind, input, policy, calendar);
  }

  /** The same arithmetic for many clocks at once (seeding, replays): calendar and policy are read once. */
  async clockCalculator(streetCode: string, db?: Queryable): Promise<(kind: ClockKind, input: ClockInput) => DeadlineClock> {
    const calendar = await this.calendars.calendarFor(streetCode, db);
    const policy = await this.calendars.policyFor(streetCode, db);
    return (kind, input) => computeClock(kind, input, policy, calendar);
  }

  /**
   * Years in [this year, next year] (Shanghai) whose schedule is not loaded: clocks reaching into them are
   * provisional. Next year is included because the State Council publishes it each November and clocks set in
   * December already run into it.
   */
  async provisionalYears(streetCode: string, now: Date, db?: Queryable): Promise<number[]> {
    const calendar = await this.calendars.calendarFor(streetCode, db);
    const thisYear = yearOf(shanghaiDateOf(now));
    return [thisYear, thisYear + 1].filter((year) => !calendar.isKnownYear(year));
  }

  async provisionalYearAlerts(streetCode: string, now: Date, db?: Queryable): Promise<ProvisionalYearAlert[]> {
    return (await this.provisionalYears(streetCode, now, db)).map(provisionalYearAlert);
  }
}
