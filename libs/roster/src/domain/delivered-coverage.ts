import { datesOfMonth, dayNumber } from './calendar-dates.js';
import { demandAt } from './coverage-demand.js';
import { coveredHourNumbers } from './shift-timing.js';
import type { CoverageDemand } from './roster.types.js';

/** Someone actually at a seat: from check-in to check-out, in Beijing wall-clock minutes since 1970-01-01. */
export interface Presence {
  staffId: string;
  dispatchQualified: boolean;
  startMinute: number;
  endMinute: number;
}

export interface DeliveredDay {
  date: string;
  /** Hours of the day with any demand (24 under 7×24). */
  demandHours: number;
  /** Hours in which both the seat and the dispatch demand were met by people present for the whole hour. */
  coveredHours: number;
  seatHoursRequired: number;
  /** Seat person-hours delivered, each hour counted up to its demand (surplus does not make up for gaps). */
  seatHoursDelivered: number;
  /** e.g. ['03:00–04:00'] */
  uncoveredHours: string[];
}

export interface DeliveredCoverage {
  month: string;
  days: DeliveredDay[];
  totals: { demandHours: number; coveredHours: number; seatHoursRequired: number; seatHoursDelivered: number; coverageRate: number | null };
}

/**
 * Coverage delivered from check-ins against the demand (DESIGN §7, §11: the contract is 7×24): the figure the
 * monthly ledger and the service evaluation rest on. Like the checker, a person counts for an hour only when
 * present for all of it. Hours after `untilMinute` (the future) are left out.
 */
export function deliveredCoverage(month: string, demand: CoverageDemand, presences: readonly Presence[], untilMinute = Infinity): DeliveredCoverage {
  const dates = datesOfMonth(month);
  const firstHour = dayNumber(dates[0]) * 24;
  const seats: Set<string>[] = Array.from({ length: dates.length * 24 }, () => new Set());
  const dispatch: Set<string>[] = Array.from({ length: dates.length * 24 }, () => new Set());
  for (const presence of presences) {
    for (const hour of coveredHourNumbers(presence)) {
      const index = hour - firstHour;
      if (index < 0 || index >= seats.length) continue;
      seats[index].add(presence.staffId);
      if (presence.dispatchQualified) dispatch[index].add(presence.staffId);
    }
  }
  const days = dates.map((date, dateIndex): DeliveredDay => {
    const day: DeliveredDay = { date, demandHours: 0, coveredHours: 0, seatHoursRequired: 0, seatHoursDelivered: 0, uncoveredHours: [] };
    for (let hour = 0; hour < 24; hour++) {
      if ((firstHour + dateIndex * 24 + hour + 1) * 60 > untilMinute) break;
      const required = demandAt(demand, date, hour);
      if (required.seats === 0 && required.dispatch === 0) continue;
      const index = dateIndex * 24 + hour;
      day.demandHours += 1;
      day.seatHoursRequired += required.seats;
      day.seatHoursDelivered += Math.min(required.seats, seats[index].size);
      if (seats[index].size >= required.seats && dispatch[index].size >= required.dispatch) day.coveredHours += 1;
      else day.uncoveredHours.push(`${clock(hour)}–${clock(hour + 1)}`);
    }
    return day;
  });
  const sum = (key: 'demandHours' | 'coveredHours' | 'seatHoursRequired' | 'seatHoursDelivered') => days.reduce((total, day) => total + day[key], 0);
  const demandHours = sum('demandHours');
  return {
    month,
    days,
    totals: {
      demandHours,
      coveredHours: sum('coveredHours'),
      seatHoursRequired: sum('seatHoursRequired'),
      seatHoursDelivered: sum('seatHoursDelivered'),
      coverageRate: demandHours === 0 ? null : Math.round((sum('coveredHours') / demandHours) * 10_000) / 10_000,
    },
  };
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
