import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { csvRows, decodeCsvBytes, ImportRunner } from '@app/intake';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';
import { ImportBatchWriter } from '../../libs/intake/src/import/import-batch.writer.js';
import { inlineRow, xlsxOf } from '../../libs/intake/src/import/xlsx.fixtures.js';

// Issue 13 item 4: a zip bomb and an xlsx without `r` attributes left their imports `queued` forever.
const clock = new ManualClock('2026-11-25T02:00:00Z');
const [HEADER, ...SAMPLE_ROWS] = [...csvRows(decodeCsvBytes(readFileSync('test/fixtures/upstream-export-sample.csv')).text)];
/** Two valid sample rows under upstream numbers of this file's own, so the counts do not depend on other files. */
const ROWS = SAMPLE_ROWS.slice(0, 2).map((row, i) => [`BJ20261125NR0${i + 1}`, ...row.slice(1)]);
let t: TestApp;
let token: string;

beforeAll(async () => {
  // 4 MB inflated holds the test files with room to spare, and keeps the zip bomb this file builds small.
  t = await createTestApp({ clock, runJobs: true, configOverrides: { IMPORT_MAX_UNCOMPRESSED_MB: '4' } });
  token = await t.login('operator');
});
afterAll(async () => t?.close());

async function importFile(bytes: Buffer, name: string): Promise<Record<string, any>> {
  const res = await t.http.post('/api/imports').set('authorization', `Bearer ${token}`).attach('file', bytes, name);
  expect(res.status).toBe(202);
  let report: Record<string, any> = {};
  await waitUntil(
    async () => {
      report = (await t.http.get(`/api/imports/${res.body.id}`).set('authorization', `Bearer ${token}`)).body;
      return report.status === 'done' || report.status === 'failed';
    },
    30_000,
    () => `import ${res.body.id} did not finish: ${JSON.stringify(report)}`,
  );
  return report;
}

/** Excel's serial day number of a Beijing wall-clock time, as a date cell holds it. */
const serial = (wallClock: string) => Date.parse(`${wallClock.replace(' ', 'T')}Z`) / 86_400_000 + 25569;

describe('POST /api/imports with an xlsx written without `r` attributes', () => {
  it('when rows and cells carry no `r` (position implied by order), then the orders are imported as from the CSV', async () => {
    // The received time as a date cell (style 1 = built-in format 22), everything else as inline strings.
    const cell = (value: string, i: number) => (i === 1 ? `<c s="1"><v>${serial(value)}</v></c>` : `<c t="inlineStr"><is><t>${value}</t></is></c>`);
    const dataRow = (row: string[]) => `<row>${row.map(cell).join('')}</row>`;
    const bytes = xlsxOf({ sheetData: inlineRow(HEADER) + ROWS.map(dataRow).join(''), cellStyles: [0, 22] });
    expect(bytes.toString('latin1')).not.toMatch(/ r="/);
    const report = await importFile(bytes, '无r属性.xlsx');
    expect(report).toMatchObject({ status: 'done', format: 'xlsx', total: 2, counts: { created: 2, updated: 0, unchanged: 0, errors: 0 } });
    const orders = await t.dataSource.query(
      `SELECT upstream_no, received_at, address FROM work_order WHERE upstream_no LIKE 'BJ20261125NR0%' ORDER BY upstream_no`,
    );
    expect(orders.map((o: { upstream_no: string; received_at: Date; address: string }) => [o.upstream_no, new Date(o.received_at).toISOString(), o.address])).toEqual([
      ['BJ20261125NR01', '2026-11-02T00:26:00.000Z', '黑窑厂街12号院3号楼'],
      ['BJ20261125NR02', '2026-11-02T07:17:00.000Z', '米市胡同45号'],
    ]);
  });
});

describe('POST /api/imports with a hostile or broken xlsx', () => {
  const huge = 'A'.repeat(16 * 1024 * 1024);
  it.each<[string, () => Buffer, string, RegExp]>([
    ['a zip bomb (16 MB of one cell in a small file)', () => xlsxOf({ sheetData: inlineRow(HEADER) + inlineRow([huge]) }), 'IMPORT_UNCOMPRESSED_TOO_LARGE', /解压后共 16\.0 MB，超过 4\.0 MB 上限/],
    [
      'a zip bomb whose directory understates the sheet',
      () => xlsxOf({ sheetData: inlineRow(HEADER) + inlineRow([huge]), entryOptions: { 'xl/worksheets/sheet1.xml': { declaredSize: 20_000 } } }),
      'IMPORT_UNREADABLE_FILE',
      /无法读取该 \.xlsx 文件/,
    ],
    ['a corrupt (truncated) zip', () => xlsxOf({ sheetData: inlineRow(HEADER) + inlineRow(ROWS[0]) }).subarray(0, 600), 'IMPORT_UNREADABLE_FILE', /文件已损坏/],
    [
      'a cell longer than Excel allows (32 767 characters)',
      () => xlsxOf({ sheetData: inlineRow(HEADER) + inlineRow([...ROWS[0].slice(0, 5), '诉'.repeat(40_000), ...ROWS[0].slice(6)]) }),
      'IMPORT_CELL_TOO_LONG',
      /第 2 行 F 列的单元格超过 32767 个字符的上限/,
    ],
  ])('when the file is %s, then the import ends failed with its code and a Chinese message', async (_name, build, code, message) => {
    const bytes = build();
    expect(bytes.length).toBeLessThan(t.config.intake.maxImportBytes);
    const report = await importFile(bytes, 'hostile.xlsx');
    expect(report).toMatchObject({ status: 'failed', error: { code, message: expect.stringMatching(message) } });
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'import.fail' AND entity_id = $1`, [report.id]);
    expect(audit.after).toMatchObject({ code });
  });
});

describe('an import whose job keeps failing for another reason', () => {
  it('when an attempt before the last fails, then the import waits for the retry; when the last fails, then it ends failed with IMPORT_INTERNAL_ERROR', async () => {
    const csv = Buffer.from([HEADER, ...ROWS].map((r) => r.join(',')).join('\n').replace(/BJ20261125NR0/g, 'BJ20261125RT0'));
    // Inserted without its job: the test plays the queue's attempts itself.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO order_import (street_code, file_name, file_format, file_size, file_sha256, file_data, uploaded_by, uploaded_at)
       SELECT street_code, 'retry.csv', 'csv', $1, $2, $3, id, now() FROM app_user WHERE username = 'operator' RETURNING id`,
      [csv.length, createHash('sha256').update(csv).digest('hex'), csv],
    );
    const runner = t.app.get(ImportRunner, { strict: false });
    const write = jest.spyOn(t.app.get(ImportBatchWriter, { strict: false }), 'write').mockRejectedValue(new Error('connection reset'));
    const attempt = (n: number) => ({ jobId: `import-${id}`, attempt: n, progress: async () => undefined });
    try {
      await expect(runner.run(id, attempt(1))).rejects.toThrow('connection reset');
      const [first] = await t.dataSource.query(`SELECT status, error_code FROM order_import WHERE id = $1`, [id]);
      expect(first).toEqual({ status: 'running', error_code: null });
      await expect(runner.run(id, attempt(3))).rejects.toThrow('connection reset');
    } finally {
      write.mockRestore();
    }
    const report = (await t.http.get(`/api/imports/${id}`).set('authorization', `Bearer ${token}`)).body;
    expect(report).toMatchObject({ status: 'failed', error: { code: 'IMPORT_INTERNAL_ERROR', message: expect.stringMatching(/已自动重试 3 次/) } });
  });
});
