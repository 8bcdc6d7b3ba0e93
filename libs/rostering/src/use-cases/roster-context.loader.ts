import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarService } from '@app/deadlines';
import { addDays, datesOfMonth, type RosterContext } from '@app/roster';
import { shiftMonth } from '../beijing-minutes.js';
import { RosterSetupRepository, type StoredStaff, type StoredTemplate } from '../persistence/roster-setup.repository.js';
import { RosterRepository } from '../persistence/roster.repository.js';

export type LoadedRosterContext = RosterContext & { staff: StoredStaff[]; templates: StoredTemplate[] };

/** How far back the previous month's published roster is read: the 6-day rule needs six days, rest rules one. */
const TAIL_DAYS = 7;

/**
 * Everything the roster domain needs to judge or build one month of a street, read inside the caller's transaction:
 * templates, active staff with absences, demand with the month's overrides, the PRC calendar (working days for
 * 行政班, holidays for fairness) and the previous month's published tail.
 */
@Injectable()
export class RosterContextLoader {
  constructor(private readonly calendars: CalendarService) {}

  async load(m: EntityManager, street: string, month: string): Promise<LoadedRosterContext> {
    const dates = datesOfMonth(month);
    const [templates, staff, demand, calendar] = [
      await RosterSetupRepository.templates(m, street),
      await RosterSetupRepository.staff(m, street),
      await RosterSetupRepository.demand(m, street, dates[0], dates[dates.length - 1]),
      await this.calendars.calendarFor(street, m),
    ];
    const previousAssignments = await RosterRepository.publishedTail(m, street, shiftMonth(month, -1), addDays(dates[0], -TAIL_DAYS));
    return {
      month,
      templates,
      staff,
      demand,
      previousAssignments,
      calendar: {
        isWorkingDay: (date) => calendar.isWorkingDay(date),
        isHoliday: (date) => calendar.describeDay(date).reason === 'holiday',
      },
    };
  }
}
