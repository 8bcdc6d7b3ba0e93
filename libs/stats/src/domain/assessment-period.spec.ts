import { describe, expect, it } from '@jest/globals';
import { assessmentMonth, customRange, daysOf, monthContaining, previousPeriod, samePeriodLastYear } from './assessment-period.js';

const iso = (d: Date) => d.toISOString();

describe('assessment periods (Beijing time)', () => {
  it.each([
    ['2026-11', 'calendar', '2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z', '2026年11月'],
    ['2026-11', 'nineteenth', '2026-10-18T16:00:00.000Z', '2026-11-18T16:00:00.000Z', '2026年11月（10月19日—11月18日）'],
    ['2027-01', 'nineteenth', '2026-12-18T16:00:00.000Z', '2027-01-18T16:00:00.000Z', '2027年1月（12月19日—1月18日）'],
    ['2026-12', 'calendar', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026年12月'],
  ] as const)('when month %s is cut %s, then it runs %s to %s', (month, mode, from, to, label) => {
    const p = assessmentMonth(month, mode);
    expect([iso(p.from), iso(p.to), p.label]).toEqual([from, to, label]);
  });

  it.each([
    // 2026-11-18 23:59 Beijing is still the November period when cut at the 19th; 19 Nov 00:00 is December's.
    ['2026-11-18T15:59:00Z', 'nineteenth', '2026-11'],
    ['2026-11-18T16:00:00Z', 'nineteenth', '2026-12'],
    ['2026-12-20T01:00:00Z', 'nineteenth', '2027-01'],
    ['2026-11-30T16:30:00Z', 'calendar', '2026-12'],
    ['2026-11-30T15:30:00Z', 'calendar', '2026-11'],
  ] as const)('when the instant is %s (%s), then it belongs to %s', (at, mode, key) => {
    expect(monthContaining(new Date(at), mode).key).toBe(key);
  });

  it('when a custom range is given, then both ends are whole Beijing days and the previous range has equal length', () => {
    const p = customRange('2026-11-10', '2026-11-16');
    expect([iso(p.from), iso(p.to)]).toEqual(['2026-11-09T16:00:00.000Z', '2026-11-16T16:00:00.000Z']);
    expect(previousPeriod(p).key).toBe('2026-11-03~2026-11-09');
    expect(samePeriodLastYear(p).key).toBe('2025-11-10~2025-11-16');
    expect(daysOf(p)).toHaveLength(7);
    expect(() => customRange('2026-11-10', '2026-11-09')).toThrow('结束日期');
  });

  it('when a month is stepped back, then month-on-month and year-on-year keep the cut', () => {
    const p = assessmentMonth('2026-01', 'nineteenth');
    expect(previousPeriod(p).key).toBe('2025-12');
    expect(samePeriodLastYear(p).key).toBe('2025-01');
    expect(daysOf(assessmentMonth('2026-02', 'calendar'))).toHaveLength(28);
  });
});
