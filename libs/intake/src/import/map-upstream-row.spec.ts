import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { flattenCategories, loadReferenceData } from '@app/reference';
import { csvRows } from './csv-rows.js';
import { decodeCsvBytes } from './decode-text.js';
import { mapUpstreamRow, type MappedRow } from './map-upstream-row.js';
import { indexColumns } from './upstream-columns.js';

const categories = new Set(flattenCategories(loadReferenceData().categories).map((c) => c.path));
const ctx = { categoryExists: (path: string) => categories.has(path) };

function mapSample(): Map<number, MappedRow> {
  const { text } = decodeCsvBytes(readFileSync('test/fixtures/upstream-export-sample.csv'));
  const [header, ...rows] = [...csvRows(text)];
  const { index, missing } = indexColumns(header);
  expect(missing).toEqual([]);
  const out = new Map<number, MappedRow>();
  rows.forEach((cells, i) => {
    const mapped = mapUpstreamRow(cells, index, i + 2, ctx);
    if (mapped) out.set(mapped.rowNo, mapped);
  });
  return out;
}

describe('mapUpstreamRow on the platform sample', () => {
  const rows = mapSample();

  it('when the sample is read, then exactly rows 33, 36, 37 and 38 are errors', () => {
    const errors = [...rows.values()].filter((r) => !r.ok).map((r) => r.rowNo);
    expect(errors).toEqual([33, 36, 37, 38]);
    expect(rows.size).toBe(39);
  });

  it.each<[number, string, RegExp]>([
    [33, '工单编号', /缺少工单编号/],
    [36, '诉求类型', /投訴.*不在允许值内.*投诉/],
    [37, '办理时限', /办理时限不能早于来电时间/],
    [38, '联系电话', /12345.*电话号码格式不正确/],
  ])('when row %i is read, then the error names column %s and the reason', (rowNo, column, reason) => {
    const row = rows.get(rowNo)!;
    expect(row.ok).toBe(false);
    if (!row.ok) expect(row.errors).toEqual([{ column, message: expect.stringMatching(reason) }]);
  });

  it('when row 34 has full-width digits and slash dates, then they are normalised', () => {
    expect(rows.get(34)).toMatchObject({
      ok: true,
      input: { citizenPhone: '13800138000', receivedAt: '2026-11-10T09:30:00+08:00', upstreamDueAt: '2026-11-17T09:30:00+08:00', type: 'help' },
    });
  });

  it('when row 35 has Excel serials, +86 and formula-looking content, then dates are Shanghai times and content stays text', () => {
    expect(rows.get(35)).toMatchObject({
      ok: true,
      input: {
        receivedAt: '2026-11-10T10:30:00+08:00',
        upstreamDueAt: '2026-11-11T10:30:00+08:00',
        citizenPhone: '13900001111',
        content: '=HYPERLINK("http://example.invalid","点击") 咨询低保办理',
        channel: 'web',
      },
    });
  });

  it('when row 39 is 非常紧急, then urgency is critical with its two-hour limit', () => {
    expect(rows.get(39)).toMatchObject({ ok: true, input: { urgency: 'critical', upstreamDueAt: '2026-11-10T15:00:00+08:00' } });
  });
});

describe('mapUpstreamRow cell kinds', () => {
  const { index } = indexColumns(['工单编号', '来电时间', '联系电话', '诉求地址', '诉求内容', '诉求类型']);
  const row = (cells: (string | number | Date | null)[]) => mapUpstreamRow(cells, index, 2, ctx);

  it('when 工单编号 and phone are number cells, then they are written in full, never as floats', () => {
    expect(row([202611021000, 46336.4375, 13801364882, '米市胡同45号', '暖气不热请处理', '求助'])).toMatchObject({
      ok: true,
      input: { upstreamNo: '202611021000', citizenPhone: '13801364882', receivedAt: '2026-11-10T10:30:00+08:00' },
    });
  });

  it('when a phone was already turned into an exponent, then the row is refused naming the column', () => {
    const result = row(['BJ1', '2026-11-10 10:30', '1.38014E+10', '米市胡同45号', '暖气不热请处理', '求助']);
    expect(result).toMatchObject({ ok: false, errors: [{ column: '联系电话', message: expect.stringMatching(/科学计数法/) }] });
  });

  it.each<[string, Date]>([
    // Found by fuzzing (issue 13): the mapping threw a RangeError, which failed the whole import after three retries.
    ['no date at all (Invalid Date)', new Date(Number.NaN)],
    ['the first instant JavaScript has', new Date(-8.64e15)],
  ])('when 来电时间 is a date cell holding %s, then the row is refused naming the column', (_name, date) => {
    const result = row(['BJ1', date, '13801364882', '米市胡同45号', '暖气不热请处理', '求助']);
    expect(result).toMatchObject({ ok: false, errors: [{ column: '来电时间', message: expect.stringMatching(/不是有效的日期时间/) }] });
  });

  it('when a row is blank, then it is skipped', () => {
    expect(row([null, '', '  ', null, null, null])).toBeNull();
  });
});
