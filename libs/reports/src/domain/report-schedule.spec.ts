import { ledgerMonthDue, monthDays } from './report-schedule.js';

describe('ledgerMonthDue', () => {
  it.each([
    ['2026-12-01', 'calendar', '2026-11'],
    ['2027-01-01', 'calendar', '2026-12'],
    ['2026-12-02', 'calendar', null],
    ['2026-11-30', 'calendar', null],
    ['2026-11-19', 'nineteenth', '2026-11'],
    ['2027-01-19', 'nineteenth', '2027-01'],
    ['2026-12-01', 'nineteenth', null],
    ['2026-11-18', 'nineteenth', null],
  ] as const)('on %s (%s) → %s', (today, mode, due) => {
    expect(ledgerMonthDue(today, mode)).toBe(due);
  });
});

describe('monthDays', () => {
  it.each([
    ['2026-11', 'calendar', '2026-11-01', '2026-11-30'],
    ['2027-02', 'calendar', '2027-02-01', '2027-02-28'],
    ['2026-11', 'nineteenth', '2026-10-19', '2026-11-18'],
    ['2027-01', 'nineteenth', '2026-12-19', '2027-01-18'],
  ] as const)('%s (%s) covers %s … %s', (month, mode, from, to) => {
    expect(monthDays(month, mode)).toEqual({ from, to });
  });
});
