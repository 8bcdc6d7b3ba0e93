import { datesOfMonth, dayNumber } from './calendar-dates.js';
import { demandAt } from './coverage-demand.js';
import type { PlacedShift } from './placed-shift.js';
import { coveredHourNumbers } from './shift-timing.js';
import type { CoverageDemand } from './roster.types.js';

export type ShortfallKind = 'seats' | 'dispatch';

/** One clock hour of the month that has fewer people on duty than the demand asks for. */
export interface HourShortfall {
  kind: ShortfallKind;
  date: string;
  /** 0–23 */
  hour: number;
  required: number;
  actual: number;
  missing: number;
  /** Seat staff on duty in that hour (for dispatch: the dispatch-qualified ones). */
  onDuty: string[];
}

/** Who is on duty in each hour of the month: index = dateIndex × 24 + hour. */
export interface MonthCoverage {
  dates: string[];
  seatsOnDuty: Set<string>[];
  dispatchOnDuty: Set<string>[];
}

/**
 * Recounts every hour of the month from the placed shifts. Only the seat team counts (行政班 office staff do not
 * man the hotline), a person counts once per hour and only for hours they are present in full. Shifts of the
 * previous month that run past midnight into the 1st count for those hours.
 */
export function monthCoverage(placed: readonly PlacedShift[], month: string): MonthCoverage {
  const dates = datesOfMonth(month);
  const firstHour = dayNumber(dates[0]) * 24;
  const hourCount = dates.length * 24;
  const seatsOnDuty: Set<string>[] = Array.from({ length: hourCount }, () => new Set<string>());
  const dispatchOnDuty: Set<string>[] = Array.from({ length: hourCount }, () => new Set<string>());
  for (const shift of placed) {
    if (shift.staff.team !== 'seat') continue;
    const dispatchQualified = shift.staff.skills.includes('dispatch');
    for (const absoluteHour of coveredHourNumbers(shift.interval)) {
      const index = absoluteHour - firstHour;
      if (index < 0 || index >= hourCount) continue;
      seatsOnDuty[index].add(shift.staff.id);
      if (dispatchQualified) dispatchOnDuty[index].add(shift.staff.id);
    }
  }
  return { dates, seatsOnDuty, dispatchOnDuty };
}

/** The hours of the month with fewer people on duty than the demand asks for. */
export function hourShortfalls(placed: readonly PlacedShift[], month: string, demand: CoverageDemand): HourShortfall[] {
  const { dates, seatsOnDuty, dispatchOnDuty } = monthCoverage(placed, month);
  const shortfalls: HourShortfall[] = [];
  dates.forEach((date, dateIndex) => {
    for (let hour = 0; hour < 24; hour++) {
      const index = dateIndex * 24 + hour;
      const required = demandAt(demand, date, hour);
      const seats = seatsOnDuty[index];
      const dispatchers = dispatchOnDuty[index];
      if (seats.size < required.seats) {
        shortfalls.push({ kind: 'seats', date, hour, required: required.seats, actual: seats.size, missing: required.seats - seats.size, onDuty: [...seats].sort() });
      }
      if (dispatchers.size < required.dispatch) {
        shortfalls.push({
          kind: 'dispatch',
          date,
          hour,
          required: required.dispatch,
          actual: dispatchers.size,
          missing: required.dispatch - dispatchers.size,
          onDuty: [...dispatchers].sort(),
        });
      }
    }
  });
  return shortfalls;
}
