import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { io, type Socket } from 'socket.io-client';
import { ManualClock } from '@app/clock';
import { seedCalendar } from '@app/deadlines';
import { csvRows, decodeCsvBytes, TrigramSupport } from '@app/intake';
import { loadReferenceData } from '@app/reference';
import { seedReferenceData } from '@app/reference';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';

const SAMPLE = readFileSync('test/fixtures/upstream-export-sample.csv');
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;

/** Each format is imported into its own street (tenant), so each starts from an empty database as the issue asks. */
async function freshStreet(code: string): Promise<string> {
  const data = loadReferenceData();
  await t.dataSource.transaction(async (m) => {
    await seedReferenceData(m, { ...data, street: { ...data.street, code, name: `测试街道${code}` } });
    await seedCalendar(m, code, clock.now());
    await m.query(
      `INSERT INTO app_user (street_code, username, display_name, role, password_hash)
       SELECT $1, $2, '导入测试坐席', 'operator', password_hash FROM app_user WHERE username = 'operator'`,
      [code, `op${code}`],
    );
  });
  return t.login(`op${code}`);
}

async function importFile(token: string, bytes: Buffer, name: string) {
  const res = await t.http.post('/api/imports').set('authorization', `Bearer ${token}`).attach('file', bytes, name);
  expect(res.status).toBe(202);
  const id = res.body.id as string;
  let report: Record<string, any> = {};
  await waitUntil(
    async () => {
      report = (await t.http.get(`/api/imports/${id}`).set('authorization', `Bearer ${token}`)).body;
      return report.status === 'done' || report.status === 'failed';
    },
    60_000,
    () => `import ${id} did not finish: ${JSON.stringify(report)}`,
  );
  return report;
}

async function sampleAsXlsx(): Promise<Buffer> {
  const [header, ...rows] = [...csvRows(decodeCsvBytes(SAMPLE).text)];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工单');
  sheet.addRow(header);
  for (const row of rows) {
    // As the platform's xlsx export has them: dates as real date cells, serials as numbers, phones as numbers.
    const cells: (string | number | Date)[] = row.map((v, i) => {
      if ((i === 1 || i === 11) && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(v)) return new Date(v.replace(' ', 'T') + 'Z');
      if ((i === 1 || i === 11) && /^\d{5}\.\d+$/.test(v)) return Number(v);
      if (i === 3 && /^1\d{10}$/.test(v)) return Number(v);
      return v;
    });
    const added = sheet.addRow(cells);
    for (const col of [2, 12]) if (added.getCell(col).value instanceof Date || typeof added.getCell(col).value === 'number') added.getCell(col).numFmt = 'yyyy-mm-dd hh:mm:ss';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const rowNumbers = (report: Record<string, any>) => report.errors.map((r: { row: number }) => r.row);

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: true });
});
afterAll(async () => t?.close());

describe('POST /api/imports (platform export)', () => {
  let token: string;
  let first: Record<string, any>;

  beforeAll(async () => {
    token = await freshStreet('110102901');
    first = await importFile(token, SAMPLE, 'upstream-export-sample.csv');
  });

  it('when the sample CSV is imported into an empty street, then 34 orders are created, row 32 is unchanged and rows 33, 36, 37, 38 are errors', async () => {
    expect(first).toMatchObject({ status: 'done', total: 39, encoding: 'utf-8', counts: { created: 34, updated: 0, unchanged: 1, errors: 4 } });
    expect(rowNumbers(first)).toEqual([33, 36, 37, 38]);
    const unchanged = await t.http.get(`/api/imports/${first.id}/rows?outcome=unchanged`).set('authorization', `Bearer ${token}`);
    expect(unchanged.body.items.map((r: { rowNo: number }) => r.rowNo)).toEqual([32]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM work_order WHERE street_code = '110102901'`);
    expect(n).toBe(34);
  });

  it('when the error rows are reported, then each names the column and the reason in Chinese', () => {
    const byRow = Object.fromEntries(first.errors.map((r: { row: number; errors: unknown[] }) => [r.row, r.errors]));
    expect(byRow[33]).toEqual([{ column: '工单编号', message: '缺少工单编号' }]);
    expect(byRow[36]).toEqual([{ column: '诉求类型', message: expect.stringMatching(/“投訴”不在允许值内.*咨询、求助、投诉、举报、建议、表扬、其他/) }]);
    expect(byRow[37]).toEqual([{ column: '办理时限', message: '办理时限不能早于来电时间' }]);
    expect(byRow[38]).toEqual([{ column: '联系电话', message: expect.stringMatching(/12345.*电话号码格式不正确/) }]);
  });

  it('when row 35 is imported, then its dates are 2026-11-10 10:30 and 2026-11-11 10:30 Shanghai and its formula stays text', async () => {
    const [row] = await t.dataSource.query(`SELECT received_at, upstream_due_at, content FROM work_order WHERE upstream_no = 'BJ202611109002' AND street_code = '110102901'`);
    expect(new Date(row.received_at).toISOString()).toBe('2026-11-10T02:30:00.000Z');
    expect(new Date(row.upstream_due_at).toISOString()).toBe('2026-11-11T02:30:00.000Z');
    expect(row.content).toBe('=HYPERLINK("http://example.invalid","点击") 咨询低保办理');
  });

  it('when an order is imported, then it went through intake: 待签收 with a sign clock, a create entry and its community', async () => {
    const [row] = await t.dataSource.query(
      `SELECT o.id, o.status, c.name AS community, (SELECT count(*)::int FROM order_clock k WHERE k.order_id = o.id AND k.kind = 'sign') AS clocks,
              (SELECT payload->>'source' FROM order_event e WHERE e.order_id = o.id AND e.action = 'create') AS source
         FROM work_order o LEFT JOIN community c ON c.id = o.community_id
        WHERE o.upstream_no = 'BJ202611021000' AND o.street_code = '110102901'`,
    );
    expect(row).toMatchObject({ status: 'new', community: '黑窑厂社区', clocks: 1, source: 'import' });
  });

  it('when the same file is imported again, then nothing is created or changed and the same four rows are errors', async () => {
    // Not counted: 超期 alarms. The sample's orders were received weeks ago, so their sign clocks (counted from the
    // receipt) are overdue at once, and the alarm jobs may land while the file is imported again.
    const eventsSql = `SELECT count(*)::int AS events FROM order_event WHERE street_code = '110102901' AND action <> 'overdue'`;
    const [{ events: before }] = await t.dataSource.query(eventsSql);
    const again = await importFile(token, SAMPLE, 'upstream-export-sample.csv');
    expect(again).toMatchObject({ status: 'done', counts: { created: 0, updated: 0, unchanged: 35, errors: 4 } });
    expect(rowNumbers(again)).toEqual([33, 36, 37, 38]);
    const [{ events: after }] = await t.dataSource.query(eventsSql);
    expect(after).toBe(before);
  });

  it('when a row changes upstream, then it is reported as updated with the changed fields', async () => {
    const text = decodeCsvBytes(SAMPLE).text.replace('BJ202611021005,2026-11-03 19:12:00,杨先生,13945843464,红土店胡同6号,建议修剪', 'BJ202611021005,2026-11-03 19:12:00,杨先生,13945843464,红土店胡同8号,建议修剪');
    const report = await importFile(token, Buffer.from(text), 'changed.csv');
    expect(report.counts).toEqual({ created: 0, updated: 1, unchanged: 34, errors: 4 });
    const updated = await t.http.get(`/api/imports/${report.id}/rows?outcome=updated`).set('authorization', `Bearer ${token}`);
    expect(updated.body.items).toEqual([expect.objectContaining({ rowNo: 7, upstreamNo: 'BJ202611021005', changedFields: ['address'] })]);
  });

  it('when the import is finished, then the uploaded file and the report are kept for audit', async () => {
    const file = await t.http.get(`/api/imports/${first.id}/file`).set('authorization', `Bearer ${token}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(Buffer.compare(file.body as Buffer, SAMPLE)).toBe(0);
    const report = await t.http.get(`/api/imports/${first.id}/report.csv`).set('authorization', `Bearer ${token}`);
    expect(report.text).toMatch(/33,,错误,,工单编号,缺少工单编号/);
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'import.finish' AND entity_id = $1`, [first.id]);
    expect(audit.after).toMatchObject({ created: 34, errors: 4 });
  });

  it('when the import history is paged, then each page holds its share, newest first, and a bad page size is named', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const all = (await t.http.get('/api/imports?pageSize=100').set(auth)).body;
    expect(all.total).toBeGreaterThanOrEqual(2);
    const second = (await t.http.get('/api/imports?page=2&pageSize=1').set(auth)).body;
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([all.items[1].id]);
    const bad = await t.http.get('/api/imports?pageSize=1000').set(auth);
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('query.pageSize');
  });
});

describe('the same data in other formats', () => {
  it('when saved as .xlsx (dates as date cells and serials, phones as numbers), then the result is the same', async () => {
    const token = await freshStreet('110102902');
    const report = await importFile(token, await sampleAsXlsx(), 'upstream-export-sample.xlsx');
    expect(report).toMatchObject({ status: 'done', format: 'xlsx', counts: { created: 34, updated: 0, unchanged: 1, errors: 4 } });
    expect(rowNumbers(report)).toEqual([33, 36, 37, 38]);
    const [row] = await t.dataSource.query(`SELECT received_at, upstream_due_at FROM work_order WHERE upstream_no = 'BJ202611109002' AND street_code = '110102902'`);
    expect([new Date(row.received_at).toISOString(), new Date(row.upstream_due_at).toISOString()]).toEqual(['2026-11-10T02:30:00.000Z', '2026-11-11T02:30:00.000Z']);
  });

  it('when saved as GBK-encoded CSV, then the result is the same', async () => {
    const token = await freshStreet('110102903');
    const gbk = iconv.encode(decodeCsvBytes(SAMPLE).text, 'gbk');
    const report = await importFile(token, gbk, 'upstream-export-sample-gbk.csv');
    expect(report).toMatchObject({ status: 'done', encoding: 'gb18030', counts: { created: 34, updated: 0, unchanged: 1, errors: 4 } });
    expect(rowNumbers(report)).toEqual([33, 36, 37, 38]);
  });
});

describe('limits and bad files', () => {
  let token: string;
  beforeAll(async () => {
    token = await t.login('operator');
  });

  it('when the file is not a spreadsheet, then 400 with the accepted formats', async () => {
    const res = await t.http.post('/api/imports').set('authorization', `Bearer ${token}`).attach('file', Buffer.from('hello'), 'notes.docx');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'IMPORT_UNSUPPORTED_FORMAT', message: expect.stringMatching(/\.xlsx 或 \.csv/) });
  });

  it('when the header lacks the platform columns, then the import fails naming them', async () => {
    const report = await importFile(token, Buffer.from('序号,备注\n1,x\n'), 'wrong.csv');
    expect(report).toMatchObject({ status: 'failed', error: { code: 'IMPORT_MISSING_COLUMNS', message: expect.stringMatching(/缺少必需的列：工单编号、来电时间/) } });
  });

  it('when the file is larger than the limit, then 413 with a clear code', async () => {
    const big = Buffer.alloc(t.config.intake.maxImportBytes + 10, 0x41);
    const res = await t.http.post('/api/imports').set('authorization', `Bearer ${token}`).attach('file', big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('IMPORT_FILE_TOO_LARGE');
  });

  it('when a leader tries to import, then 403', async () => {
    const leader = await t.login('leader');
    const res = await t.http.post('/api/imports').set('authorization', `Bearer ${leader}`).attach('file', SAMPLE, 'x.csv');
    expect(res.status).toBe(403);
  });
});

describe('progress over realtime', () => {
  it('when an import runs, then the uploader receives import.progress events up to the total', async () => {
    const token = await freshStreet('110102904');
    const socket: Socket = io(`${t.url}/desk`, { auth: { token }, transports: ['websocket'], reconnection: false });
    const events: { id: string; done: number; total: number | null }[] = [];
    socket.on('import.progress', (e) => events.push(e));
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    try {
      const report = await importFile(token, SAMPLE, 'progress.csv');
      await waitUntil(() => events.some((e) => e.id === report.id && e.done === 39), 10_000, () => `events: ${JSON.stringify(events)}`);
      expect(events.filter((e) => e.id === report.id).every((e) => e.total === 39 || e.total === null)).toBe(true);
    } finally {
      socket.close();
    }
  });
});

describe('duplicates found on import', () => {
  let token: string;
  let row40: string;
  let row3: string;

  beforeAll(async () => {
    token = await t.login(`op110102901`);
    [{ id: row40 }] = await t.dataSource.query(`SELECT id FROM work_order WHERE upstream_no = 'BJ202611049010' AND street_code = '110102901'`);
    [{ id: row3 }] = await t.dataSource.query(`SELECT id FROM work_order WHERE upstream_no = 'BJ202611021001' AND street_code = '110102901'`);
  });

  it('when row 40 (same citizen, same heating problem, two days later) is imported, then it is a suspected duplicate of row 3 with a score', async () => {
    const res = await t.http.get(`/api/orders/${row40}/duplicates`).set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ suspected: true, method: 'pg_trgm' });
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'order.duplicate_suspected' AND entity_id = $1`, [row40]);
    expect(audit.after.candidates[0]).toMatchObject({ orderId: row3, score: 0.245 });
    expect(res.body.candidates[0]).toMatchObject({
      orderId: row3, upstreamNo: 'BJ202611021001', score: 0.245, reasons: ['same_phone_7d', 'same_place_similar', 'same_phone_similar_30d'],
      statusLabel: expect.any(String), address: expect.any(String), contentExcerpt: expect.any(String), receivedAt: expect.any(String),
    });
  });

  it('when the operator merges it, then the duplicate is closed into the master and both timelines record it', async () => {
    const detail = await t.http.get(`/api/orders/${row40}`).set('authorization', `Bearer ${token}`);
    const res = await t.http.post(`/api/orders/${row40}/duplicates/merge`).set('authorization', `Bearer ${token}`)
      .send({ version: detail.body.version, masterId: row3, note: '同一市民再次反映供暖问题' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('merged');
    const merged = (await t.http.get(`/api/orders/${row40}`).set('authorization', `Bearer ${token}`)).body;
    // its sign clock ran from the receipt two days ago, so a 超期 alarm may stand between (its job runs on its own)
    expect(merged.timeline.map((e: { action: string }) => e.action).filter((a: string) => a !== 'overdue')).toEqual(['create', 'merge']);
    const master = (await t.http.get(`/api/orders/${row3}`).set('authorization', `Bearer ${token}`)).body;
    expect(master.timeline.map((e: { action: string }) => e.action)).toContain('duplicate_merged');
    const dup = (await t.http.get(`/api/orders/${row3}/duplicates`).set('authorization', `Bearer ${token}`)).body;
    expect(dup.mergedDuplicates).toEqual([expect.objectContaining({ id: row40, upstreamNo: 'BJ202611049010' })]);
    const after = (await t.http.get(`/api/orders/${row40}/duplicates`).set('authorization', `Bearer ${token}`)).body;
    expect(after).toMatchObject({ suspected: false, status: 'merged' });
  });

  it('when a suspicion is dismissed, then it is closed with the reason on the timeline', async () => {
    const [{ order_id }] = await t.dataSource.query(
      `SELECT order_id FROM order_duplicate_check WHERE street_code = '110102901' AND status = 'suspected' ORDER BY found_at LIMIT 1`,
    );
    const res = await t.http.post(`/api/orders/${order_id}/duplicates/dismiss`).set('authorization', `Bearer ${token}`).send({ reason: '同址不同户，非重复诉求' });
    expect(res.status).toBe(200);
    const again = await t.http.post(`/api/orders/${order_id}/duplicates/dismiss`).set('authorization', `Bearer ${token}`).send({ reason: '再次排除' });
    expect(again.status).toBe(409);
    const detail = (await t.http.get(`/api/orders/${order_id}`).set('authorization', `Bearer ${token}`)).body;
    expect(detail.timeline.find((e: { action: string }) => e.action === 'duplicate_dismissed').payload).toEqual({ reason: '同址不同户，非重复诉求' });
  });

  it('when the database cannot score similarity (no pg_trgm), then the fallback finds the same duplicate with the same score', async () => {
    const trigrams = t.app.get(TrigramSupport, { strict: false });
    trigrams.forceFallback = true;
    try {
      const other = await freshStreet('110102905');
      const rows = [...csvRows(decodeCsvBytes(SAMPLE).text)];
      const only = [rows[0], rows[2], rows[39]].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
      const report = await importFile(other, Buffer.from(only), 'two-rows.csv');
      expect(report.counts).toMatchObject({ created: 2 });
      const [{ id }] = await t.dataSource.query(`SELECT id FROM work_order WHERE upstream_no = 'BJ202611049010' AND street_code = '110102905'`);
      const res = await t.http.get(`/api/orders/${id}/duplicates`).set('authorization', `Bearer ${other}`);
      expect(res.body).toMatchObject({ suspected: true, method: 'fallback', candidates: [expect.objectContaining({ upstreamNo: 'BJ202611021001', score: 0.245 })] });
    } finally {
      trigrams.forceFallback = false;
    }
  });
});
