import type { Rng } from './prng.js';
import { shanghaiParts, type ShanghaiParts } from './shanghai-time.js';

/**
 * When citizens call. Season factors multiply a category's base daily rate; hour profiles place a call in the day.
 * The shapes follow what street hotline ledgers typically show: heating complaints only in the heating season with a
 * spike when heating starts, noise and construction in summer, few calls at night, fewer at weekends.
 */
export const SEASON_PROFILES = [
  'flat', 'heating', 'heatingStart', 'summer', 'rainy', 'greenery', 'winter', 'autumnLeaves', 'yearEnd',
] as const;
export type SeasonProfile = (typeof SEASON_PROFILES)[number];

export const HOUR_PROFILES = ['default', 'office', 'evening', 'night', 'heating'] as const;
export type HourProfile = (typeof HOUR_PROFILES)[number];

/** Beijing's municipal heating season: 15 November to 15 March (both inclusive). */
export function isHeatingSeason(p: Pick<ShanghaiParts, 'month' | 'day'>): boolean {
  if (p.month === 11) return p.day >= 15;
  if (p.month === 3) return p.day <= 15;
  return p.month === 12 || p.month === 1 || p.month === 2;
}

/** First week of heating (15–21 November): radiators being filled, air in pipes, cold flats — the yearly peak. */
export function isFirstHeatingWeek(p: Pick<ShanghaiParts, 'month' | 'day'>): boolean {
  return p.month === 11 && p.day >= 15 && p.day <= 21;
}

export function seasonFactor(profile: SeasonProfile, day: Date): number {
  const p = shanghaiParts(day);
  const m = p.month;
  switch (profile) {
    case 'flat':
      return 1;
    case 'heating':
      if (!isHeatingSeason(p)) return 0;
      if (isFirstHeatingWeek(p)) return 4;
      return m === 12 || m === 1 ? 1.25 : 1;
    case 'heatingStart':
      // Leaks show up when the system is filled and pressurised; afterwards they are rare.
      if (!isHeatingSeason(p)) return 0;
      return isFirstHeatingWeek(p) ? 6 : 0.5;
    case 'summer':
      if (m >= 6 && m <= 8) return 2;
      return m === 5 || m === 9 ? 1.4 : 0.6;
    case 'rainy':
      // Beijing's rainy season is concentrated in July and August.
      if (m === 7 || m === 8) return 3;
      return m === 6 ? 1.5 : 0.5;
    case 'greenery':
      return m >= 4 && m <= 8 ? 1.6 : 0.5;
    case 'winter':
      return m >= 11 || m <= 2 ? 1.4 : 0.8;
    case 'autumnLeaves':
      return m === 10 || m === 11 ? 1.8 : 1;
    case 'yearEnd':
      // Unpaid wages surface before the Spring Festival.
      return m === 12 || m === 1 ? 2.2 : 1;
  }
}

/** Calls by day of week (Sunday first): Mondays carry the weekend's backlog. */
const WEEKDAY_FACTORS = [0.78, 1.14, 1.06, 1.04, 1.02, 1.0, 0.84] as const;

/** Golden weeks (approximate Gregorian dates, demo only): people travel and call less. */
function holidayFactor(p: ShanghaiParts): number {
  if (p.month === 10 && p.day <= 7) return 0.7;
  if (p.month === 5 && p.day <= 5) return 0.8;
  return 1;
}

export function dayOfWeekFactor(day: Date): number {
  const p = shanghaiParts(day);
  return WEEKDAY_FACTORS[p.weekday]! * holidayFactor(p);
}

/** Relative call weights per Shanghai hour 0–23. */
const HOUR_WEIGHTS: Readonly<Record<HourProfile, readonly number[]>> = {
  default: [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.5, 3.5, 3.6, 3.0, 2.0, 2.3, 3.0, 3.1, 2.8, 2.3, 1.8, 1.9, 1.8, 1.5, 1.0, 0.6],
  // Consultations and welfare questions: office hours.
  office: [0.05, 0, 0, 0, 0, 0, 0.1, 0.5, 2.5, 4, 4, 3.5, 1.5, 2.5, 3.8, 3.8, 3.2, 2, 1, 0.8, 0.6, 0.4, 0.2, 0.1],
  // Neighbours, barbecue stalls, square dancing.
  evening: [0.6, 0.3, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 1, 1.2, 1.2, 1, 0.8, 1, 1.1, 1.1, 1.2, 1.5, 2, 2.8, 3.3, 3.5, 3, 1.6],
  // Night construction and loud neighbours: people call when it keeps them awake.
  night: [2.5, 1.6, 0.8, 0.3, 0.2, 0.2, 0.5, 0.8, 0.8, 0.8, 0.7, 0.6, 0.5, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 1, 1.5, 2.6, 3.8, 3.6],
  // Cold flats are noticed when people get up and when they come home.
  heating: [0.4, 0.2, 0.1, 0.1, 0.2, 0.6, 2.2, 3.2, 3.4, 3, 2.4, 2, 1.6, 1.6, 1.7, 1.7, 1.9, 2.4, 3, 3.4, 3.2, 2.6, 1.6, 0.8],
};

/** Draws minutes after Shanghai midnight for a call of the given profile. */
export function drawMinuteOfDay(rng: Rng, profile: HourProfile): number {
  const hour = rng.weighted(HOUR_WEIGHTS[profile].map((w, h) => [h, w] as const));
  return hour * 60 + rng.int(0, 59);
}
