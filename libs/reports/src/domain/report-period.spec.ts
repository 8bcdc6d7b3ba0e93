import { parseReportPeriod, reportPeriodKey } from './report-period.js';

describe('parseReportPeriod', () => {
  it.each([
    ['2026-11', { month: '2026-11' }],
    ['2026-01', { month: '2026-01' }],
    ['2026-05-01~2027-04-30', { from: '2026-05-01', to: '2027-04-30' }],
    ['2026-13', null],
    ['2026-00', null],
    ['2026-11-01', null],
    ['2026-11-01..2026-11-30', null],
    ['', null],
  ])('%s → %j', (text, want) => {
    expect(parseReportPeriod(text)).toEqual(want);
    if (want) expect(reportPeriodKey(want)).toBe(text);
  });
});
