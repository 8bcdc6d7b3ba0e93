import { describe, expect, it } from '@jest/globals';
import { parseShanghaiDateTime, toShanghaiIso } from './shanghai-datetime.js';

const at = (iso: string) => new Date(iso).toISOString();

describe('parseShanghaiDateTime', () => {
  it.each<[string, string | number | Date, string]>([
    ['ISO-like text', '2026-11-02 08:26:00', '2026-11-02T08:26:00+08:00'],
    ['slashes without seconds and leading zeros', '2026/11/10 9:30', '2026-11-10T09:30:00+08:00'],
    ['dots', '2026.11.10 09:30', '2026-11-10T09:30:00+08:00'],
    ['Chinese date and time', '2026年11月10日 9时30分', '2026-11-10T09:30:00+08:00'],
    ['Chinese date only', '2026年11月10日', '2026-11-10T00:00:00+08:00'],
    ['full-width digits', '２０２６-１１-１０ ０９:３０', '2026-11-10T09:30:00+08:00'],
    ['compact digits', '20261110093000', '2026-11-10T09:30:00+08:00'],
    ['Excel serial as text', '46336.4375', '2026-11-10T10:30:00+08:00'],
    ['Excel serial as number', 46337.4375, '2026-11-11T10:30:00+08:00'],
    ['Excel whole-day serial', 46336, '2026-11-10T00:00:00+08:00'],
    ['a date cell (wall clock in UTC fields)', new Date(Date.UTC(2026, 10, 10, 10, 30)), '2026-11-10T10:30:00+08:00'],
    ['ISO with an explicit offset', '2026-11-10T02:30:00Z', '2026-11-10T10:30:00+08:00'],
  ])('when the cell is %s, then it is that Shanghai time', (_name, cell, expected) => {
    expect(parseShanghaiDateTime(cell)?.toISOString()).toBe(at(expected));
  });

  it.each<[string, string | number | Date]>([
    ['empty', ''],
    ['words', '明天上午'],
    ['a day that does not exist', '2026-02-30 10:00'],
    ['an hour that does not exist', '2026-11-10 25:00'],
    ['a small number', 12],
    ['a phone-like number', 13801364882],
    // Found by fuzzing (issue 13): these became an Invalid Date or an ISO text with a six-digit year.
    ['a date cell at the first instant JavaScript has', new Date(-8.64e15)],
    ['a date cell past the year 9999', new Date(Date.UTC(275760, 8, 12))],
    ['a date cell that is no date', new Date(Number.NaN)],
  ])('when the cell is %s, then it is not a date', (_name, cell) => {
    expect(parseShanghaiDateTime(cell)).toBeNull();
  });

  it('when formatted, then the Shanghai wall clock with +08:00', () => {
    expect(toShanghaiIso(new Date('2026-11-10T02:30:00Z'))).toBe('2026-11-10T10:30:00+08:00');
  });
});
