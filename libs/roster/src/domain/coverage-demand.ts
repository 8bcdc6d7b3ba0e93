import { weekdayIndex } from './calendar-dates.js';
import type { CoverageDemand, HourDemand } from './roster.types.js';

/** Seats per clock-hour band, e.g. { '00-08': 1, '08-20': 3, '20-24': 2 }; hours not named need 0 seats. */
export type HourBands = Record<string, number>;

/** DESIGN §7 default: 3 seats 08–20, 2 seats 20–24, 1 seat 00–08, one dispatch-qualified person every hour. */
export const DEFAULT_HOUR_BANDS: HourBands = { '00-08': 1, '08-20': 3, '20-24': 2 };

export function coverageDemandFromBands(bands: HourBands, dispatchPerHour = 1): CoverageDemand {
  const seatsOfDay = new Array<number>(24).fill(0);
  for (const [band, seats] of Object.entries(bands)) {
    const match = /^(\d{1,2})-(\d{1,2})$/.exec(band);
    if (!match) throw new RangeError(`Not an hour band 'HH-HH': ${band}`);
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (!(from >= 0 && to <= 24 && from < to)) throw new RangeError(`Hour band out of range: ${band}`);
    for (let hour = from; hour < to; hour++) seatsOfDay[hour] = seats;
  }
  const dispatchOfDay = new Array<number>(24).fill(dispatchPerHour);
  return {
    seatsByHourOfWeek: Array.from({ length: 7 }, () => [...seatsOfDay]),
    dispatchByHourOfWeek: Array.from({ length: 7 }, () => [...dispatchOfDay]),
    overrides: [],
  };
}

export function defaultCoverageDemand(): CoverageDemand {
  return coverageDemandFromBands(DEFAULT_HOUR_BANDS, 1);
}

/** Demand of one clock hour of one date, with the date's overrides applied in order. */
export function demandAt(demand: CoverageDemand, date: string, hour: number): HourDemand {
  const weekday = weekdayIndex(date);
  let seats = demand.seatsByHourOfWeek[weekday]?.[hour] ?? 0;
  let dispatch = demand.dispatchByHourOfWeek[weekday]?.[hour] ?? 0;
  for (const override of demand.overrides ?? []) {
    if (override.date !== date) continue;
    if (hour < (override.fromHour ?? 0) || hour >= (override.toHour ?? 24)) continue;
    if (override.seats !== undefined) seats = override.seats;
    if (override.extraSeats !== undefined) seats += override.extraSeats;
    if (override.dispatch !== undefined) dispatch = override.dispatch;
  }
  return { seats, dispatch };
}

/** Demand hour by hour for a list of dates: index = dateIndex * 24 + hour. */
export function demandGrid(demand: CoverageDemand, dates: readonly string[]): HourDemand[] {
  const grid: HourDemand[] = [];
  for (const date of dates) for (let hour = 0; hour < 24; hour++) grid.push(demandAt(demand, date, hour));
  return grid;
}

/** Returns a copy with one more override (e.g. extra seats on an event date). */
export function withOverride(demand: CoverageDemand, override: NonNullable<CoverageDemand['overrides']>[number]): CoverageDemand {
  return { ...demand, overrides: [...(demand.overrides ?? []), override] };
}
