import { describe, expect, it } from '@jest/globals';
import chineseDays from 'chinese-days';
import { addCalendarDays, isWeekend } from './calendar-date.js';
import { loadChineseDaysHolidays } from './chinese-days-source.js';
import { validateHolidayEntries } from './holiday-entry.js';

const seed = loadChineseDaysHolidays({ fromYear: 2025, toYear: 2030 });
const datesOf = (kind: 'holiday' | 'workday', year: number): string[] =>
  seed.entries.filter((entry) => entry.kind === kind && entry.date.startsWith(`${year}-`)).map((entry) => entry.date);

describe('loadChineseDaysHolidays', () => {
  it('when read, then the package knows 2025 and 2026 and nothing after', () => {
    expect(seed.knownYears).toEqual([2025, 2026]);
    expect(seed.entries.some((entry) => entry.date >= '2027-01-01')).toBe(false);
  });

  it('when read, then the rows are valid holiday-table rows in date order', () => {
    expect(validateHolidayEntries(seed.entries)).toEqual([]);
    const dates = seed.entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
  });

  // The 2026 notice (www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm) as the package carries it.
  it('when read, then the 2026 make-up workdays are exactly those of the State Council notice', () => {
    expect(datesOf('workday', 2026)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it.each([
    ['元旦', '2026-01-01', '2026-01-03'],
    ['春节', '2026-02-15', '2026-02-23'],
    ['清明', '2026-04-04', '2026-04-06'],
    ['劳动节', '2026-05-01', '2026-05-05'],
    ['端午', '2026-06-19', '2026-06-21'],
    ['中秋', '2026-09-25', '2026-09-27'],
    ['国庆节', '2026-10-01', '2026-10-07'],
  ])('when read, then %s 2026 runs %s to %s, weekends included', (name, first, last) => {
    const rows = seed.entries.filter(
      (entry) => entry.kind === 'holiday' && entry.name === name && entry.date.startsWith('2026-'),
    );
    expect(rows.map((entry) => entry.date)).toEqual(
      datesOf('holiday', 2026).filter((date) => date >= first && date <= last),
    );
    expect(rows[0]?.date).toBe(first);
    expect(rows.at(-1)?.date).toBe(last);
  });

  it('when the process runs in UTC, then the JSON data agrees with the package\'s own functions, day by day', () => {
    // Guards the choice of the JSON file: the same facts as getHolidaysInRange(…, false) and isWorkday.
    const full = loadChineseDaysHolidays({ fromYear: 2004 });
    const fromJson = full.entries.map((entry) => `${entry.date} ${entry.kind}`);
    const fromFunctions: string[] = [];
    for (let date = '2004-01-01'; date <= '2027-12-31'; date = addCalendarDays(date, 1)) {
      if (chineseDays.getHolidaysInRange(date, date, false).length > 0) fromFunctions.push(`${date} holiday`);
      else if (isWeekend(date) && chineseDays.isWorkday(date)) fromFunctions.push(`${date} workday`);
    }
    expect(fromJson).toEqual(fromFunctions);
    expect(full.knownYears).toEqual(Array.from({ length: 23 }, (_, index) => 2004 + index));
  });

  it('when a range is inverted, then it is refused', () => {
    expect(() => loadChineseDaysHolidays({ fromYear: 2027, toYear: 2026 })).toThrow(RangeError);
  });
});
