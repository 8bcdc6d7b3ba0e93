import { describe, expect, it } from '@jest/globals';
import { civilDay, civilMonth, isCivilDay, isCivilMonth } from './zod-dates.js';

describe('isCivilDay', () => {
  it.each([
    ['2026-11-25', true],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['99999-01-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCivilDay(value)).toBe(expected);
  });
});

describe('isCivilMonth', () => {
  it.each([
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['99999-01', false],
    ['2026-1', false],
  ])('%s → %s', (value, expected) => {
    expect(isCivilMonth(value)).toBe(expected);
  });
});

describe('civilDay / civilMonth schemas', () => {
  it('when the value does not exist, then the issue carries the Chinese message', () => {
    const day = civilDay().safeParse('2026-02-30');
    expect(day.success).toBe(false);
    expect(day.error?.issues[0]?.message).toBe('日期应为有效的 YYYY-MM-DD');
    expect(civilMonth().safeParse('2026-13').success).toBe(false);
    expect(civilDay().safeParse('2026-02-28').data).toBe('2026-02-28');
  });
});
