import { describe, expect, it } from '@jest/globals';
import { holidayEntriesFieldErrors, normalizedHolidayEntries } from './holiday-entries.validation.js';

describe('holidayEntriesFieldErrors', () => {
  it('when every row is a real date of the year, with a kind and a name, then there is nothing to report', () => {
    const entries = [
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-09', kind: 'workday', name: '国庆节' },
    ];
    expect(holidayEntriesFieldErrors(2027, entries)).toEqual([]);
  });

  it('when rows are wrong, then each is reported once per field, in row order, in Chinese', () => {
    const entries = [
      'not a row',
      { date: '2027/10/01', kind: 'holiday', name: '国庆节' },
      { date: '2028-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-10-02', kind: 'holiday', name: '名'.repeat(40) },
      { date: '2027-10-02', kind: 'off', name: '' },
    ];
    expect(holidayEntriesFieldErrors(2027, entries)).toEqual([
      { field: 'entries.0', message: '每一行应为 { date, kind, name } 对象' },
      { field: 'entries.1.date', message: '不是有效日期（应为 YYYY-MM-DD）："2027/10/01"' },
      { field: 'entries.2.date', message: '日期 2028-01-01 不在 2027 年内' },
      { field: 'entries.3.name', message: '名称不能超过 32 个字符' },
      { field: 'entries.4.date', message: '日期 2027-10-02 重复' },
      { field: 'entries.4.kind', message: '类型应为 holiday（放假）或 workday（调休上班）' },
      { field: 'entries.4.name', message: '请填写节日名称' },
    ]);
  });
});

describe('normalizedHolidayEntries', () => {
  it('when a row has extra keys or padded names, then only date, kind and the trimmed name are kept', () => {
    expect(normalizedHolidayEntries([{ date: '2027-01-01', kind: 'holiday', name: ' 元旦 ', source: 'x' }])).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    ]);
  });
});
