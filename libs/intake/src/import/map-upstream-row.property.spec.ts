import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mapUpstreamRow } from './map-upstream-row.js';
import { CHANNEL_BY_LABEL, TYPE_BY_LABEL, UPSTREAM_COLUMNS, UPSTREAM_FIELDS, URGENCY_BY_LABEL, type ColumnIndex, type UpstreamField } from './upstream-columns.js';
import type { SheetCell } from './xlsx-rows.js';

// Issue 13 "Prove": whatever a row's cells hold, mapping it answers with the intake input or the row's errors in
// Chinese, naming a column of the export — it never throws, so one bad row never fails a whole import.

/** Date cells of any year JavaScript has, and the Invalid Date (which fc.date() rarely makes on its own). */
const anyDate = fc.oneof(fc.date(), fc.constantFrom(new Date(Number.NaN), new Date(-8.64e15), new Date(8.64e15), new Date(Date.UTC(10000, 0, 1))));
const junk: fc.Arbitrary<SheetCell> = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.double(), anyDate, fc.constant(null));
const pick = (values: readonly string[]) => fc.constantFrom(...values);
/**
 * A column's cell: mostly what the platform writes (so whole rows are often valid and reach the end of the mapping),
 * sometimes what it writes wrongly, sometimes anything.
 */
const cellOf = (good: fc.Arbitrary<SheetCell>, bad: fc.Arbitrary<SheetCell>) =>
  fc.oneof({ arbitrary: good, weight: 10 }, { arbitrary: bad, weight: 1 }, { arbitrary: junk, weight: 1 });

/** Per column of the export. */
const FIELD_CELLS: Record<UpstreamField, fc.Arbitrary<SheetCell>> = {
  upstreamNo: cellOf(fc.oneof(fc.stringMatching(/^[A-Z]{2}\d{4,12}$/), fc.nat()), fc.constantFrom(1.38e10 + 0.5, 2 ** 60, '1.38E+10', ' ', '工单')),
  receivedAt: cellOf(
    fc.oneof(pick(['2026-11-10 09:30:00', '2026/11/10 9:30', '2026年11月10日 9时30分', '20261110093000', '２０２６-１１-１０ ０９:３０', '46336.4375', '2026-11-10T09:30:00+08:00']), fc.double({ min: 36526, max: 46336 })),
    fc.oneof(pick(['2026-02-30', '99999']), anyDate),
  ),
  citizenName: cellOf(pick(['陈某某', '', '  ']), pick(['\u0000'])),
  citizenPhone: cellOf(fc.oneof(pick(['13800138000', '+86 139 0000 1111', '１３８００１３８０００', '(010)83551234']), fc.constant(13800138000)), pick(['83551234', '12345'])),
  address: cellOf(pick(['黑窑厂街12号院3号楼', '=HYPERLINK("x")']), pick([''])),
  content: cellOf(pick(['楼道垃圾堆积，希望尽快处理。']), pick([''])),
  type: cellOf(pick(Object.keys(TYPE_BY_LABEL)), pick(['投訴', ''])),
  category1: cellOf(pick(['城乡建设']), pick([''])),
  category2: cellOf(pick(['物业管理']), pick([''])),
  category3: cellOf(pick(['物业服务']), pick(['', '物业'])),
  urgency: cellOf(pick([...Object.keys(URGENCY_BY_LABEL), '']), pick(['急'])),
  upstreamDueAt: cellOf(pick(['2026-12-17 09:30', '']), fc.oneof(pick(['2026-11-01 00:00']), anyDate)),
  channel: cellOf(pick([...Object.keys(CHANNEL_BY_LABEL), '']), pick(['电报'])),
};
const FULL_INDEX: ColumnIndex = Object.fromEntries(UPSTREAM_FIELDS.map((f, i) => [f, i]));
const row = fc.tuple(...UPSTREAM_FIELDS.map((f) => FIELD_CELLS[f]));
/** Columns missing, repeated or out of the row: an index the header did not fill completely. */
const anyIndex: fc.Arbitrary<ColumnIndex> = fc.record(Object.fromEntries(UPSTREAM_FIELDS.map((f) => [f, fc.nat(15)])) as Record<UpstreamField, fc.Arbitrary<number>>, { requiredKeys: [] });

const ctx = { categoryExists: (path: string) => path === '城乡建设/物业管理/物业服务' };
const HEADERS = new Set<string>(UPSTREAM_FIELDS.map((f) => UPSTREAM_COLUMNS[f].header));
const isBlank = (c: SheetCell) => c === null || (typeof c === 'string' && c.trim() === '');

describe('mapUpstreamRow on any cells', () => {
  it('when a row holds anything, then it maps to the intake input or to errors naming the column, never a throw', () => {
    let mappedOk = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: row, weight: 3 }, fc.array(junk, { maxLength: 16 })), fc.oneof({ arbitrary: fc.constant(FULL_INDEX), weight: 3 }, anyIndex), fc.integer({ min: 2, max: 50_000 }), (cells, index, rowNo) => {
        const mapped = mapUpstreamRow(cells, index, rowNo, ctx);
        if (mapped === null) {
          expect(cells.every(isBlank)).toBe(true);
          return;
        }
        expect(mapped.rowNo).toBe(rowNo);
        if (mapped.ok) {
          mappedOk++;
          expect(mapped.upstreamNo).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
          expect(mapped.input.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
          if (mapped.input.upstreamDueAt) expect(mapped.input.upstreamDueAt > mapped.input.receivedAt).toBe(true);
          expect(Object.values(TYPE_BY_LABEL)).toContain(mapped.input.type);
          expect(mapped.input.address).not.toBe('');
          expect(mapped.input.content).not.toBe('');
        } else {
          expect(mapped.errors.length).toBeGreaterThan(0);
          for (const error of mapped.errors) {
            expect(HEADERS.has(error.column)).toBe(true);
            expect(error.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }),
      { numRuns: 1000 },
    );
    // The generators reach the end of the mapping too, not only its first refusals.
    expect(mappedOk).toBeGreaterThan(10);
  });
});
