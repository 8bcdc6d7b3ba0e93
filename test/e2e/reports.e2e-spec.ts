import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { io, type Socket } from 'socket.io-client';
import { ManualClock } from '@app/clock';
import { createTestApp, waitUntil as until, type TestApp } from '@app/testing';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

/**
 * 报表 through the production shape: the api queues, a separate worker process runs the `reports` queue on BullMQ
 * (Redis), and the files come back through the api. The worker is really killed (SIGKILL) in the middle of a ledger.
 */
/** The demo orders are generated up to this moment: all of November 2026 is in. */
const SEED_AT = '2026-12-01T02:00:00Z';
let t: TestApp;
let worker: WorkerProcess;
let supervisor: string;

beforeAll(async () => {
  // The demo street with its generated orders from May to November 2026, in a database of the file's own.
  t = await createTestApp({ ownDatabase: 'reports', configOverrides: { SEED_DEMO_ORDERS: 'true' }, clock: new ManualClock(SEED_AT), runJobs: false });
  supervisor = await t.login('supervisor');
  worker = await startWorkerProcess(t.config);
}, 120_000);

afterAll(async () => {
  await worker?.stop('SIGTERM');
  await t?.close();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function request(kind: string, period: string, token = supervisor): Promise<string> {
  const res = await t.http.post('/api/reports').set(auth(token)).send({ kind, period });
  expect(res.status).toBe(202);
  return res.body.id as string;
}

interface Run {
  id: string;
  kind: string;
  status: string;
  version: number | null;
  masked: boolean;
  attempts: number;
  files: { format: string; size: number; sha256: string }[];
}

async function finished(id: string, timeoutMs = 150_000): Promise<Run> {
  let run: Run | undefined;
  await until(async () => {
    run = (await t.http.get(`/api/reports/${id}`).set(auth(supervisor))).body as Run;
    return run.status === 'done' || run.status === 'failed';
  }, timeoutMs, () => `report ${id} not finished: ${JSON.stringify(run)}\nworker log:\n${worker.log().slice(-3000)}`);
  expect(run!.status).toBe('done');
  return run!;
}

async function download(id: string, format: string, token = supervisor): Promise<Buffer> {
  const res = await t.http.get(`/api/reports/${id}/download?format=${format}`).set(auth(token)).buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'hd-report-test-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
}

async function statsTotal(month: string): Promise<number> {
  const res = await t.http.get(`/api/stats/overview?month=${month}`).set(auth(supervisor));
  expect(res.status).toBe(200);
  return res.body.total as number;
}

describe('reports through the reports queue in a worker process', () => {
  it('when the November 2026 ledger is generated, then every sheet is there with one row per order and totals equal the statistics API', async () => {
    const id = await request('monthly-ledger', '2026-11');
    const run = await finished(id);
    expect(run.version).toBeGreaterThanOrEqual(1);
    expect(run.files).toEqual([expect.objectContaining({ format: 'xlsx', size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const total = await statsTotal('2026-11');
    expect(total).toBeGreaterThan(100);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(id, 'xlsx')) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['工单明细', '分类汇总', '社区汇总', '承办单位汇总', '三率与排名', '超期与退单', '挂账', '值班与考勤']);
    expect(ledgerOrderRows(wb.getWorksheet('工单明细')!)).toBe(total);
    for (const sheet of ['分类汇总', '社区汇总', '承办单位汇总']) expect(totalsRowVolume(wb.getWorksheet(sheet)!)).toBe(total);
    let formulas = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas++))));
    expect(formulas).toBe(0);
  }, 240_000);

  it('when the analysis report is generated, then its PDF and Word file carry the Chinese headings and the period total', async () => {
    const id = await request('analysis-report', '2026-11');
    const run = await finished(id);
    expect(run.files.map((f) => f.format)).toEqual(['docx', 'pdf']);
    const total = await statsTotal('2026-11');
    const headings = ['一、总体情况', '二、诉求量走势', '三、诉求类型与分类', '四、热点地址与关键词', '五、社区情况', '六、三率与排名', '七、办理时效', '八、典型案例', '九、问题与建议'];

    const text = pdfText(await download(id, 'pdf')).replace(/[ \t]+/g, ' ');
    for (const h of headings) expect(text).toContain(h);
    expect(text.replace(/,/g, '')).toContain(String(total));

    const docx = (await mammoth.extractRawText({ buffer: await download(id, 'docx') })).value;
    for (const h of headings) expect(docx).toContain(h);
  }, 240_000);

  it('when the fee confirmation is made for the whole contract, then it shows 104,000 a month, 1,248,000 and 壹佰贰拾肆万捌仟元整', async () => {
    // The requester hears the run's progress and its end over socket.io, from the worker process through Redis.
    const socket: Socket = io(`${t.url}/desk`, { auth: { token: supervisor }, transports: ['websocket'] });
    const heard: { name: string; payload: { id: string; done?: number; total?: number | null } }[] = [];
    socket.on('report.progress', (payload) => heard.push({ name: 'report.progress', payload }));
    socket.on('report.ready', (payload) => heard.push({ name: 'report.ready', payload }));
    await new Promise((resolve, reject) => {
      socket.on('ready', resolve);
      socket.on('connect_error', reject);
    });
    const id = await request('fee-confirmation', '2026-05-01~2027-04-30');
    await finished(id);
    await until(() => heard.some((e) => e.name === 'report.ready' && e.payload.id === id), 10_000, () => `events heard: ${JSON.stringify(heard)}`);
    const progress = heard.filter((e) => e.name === 'report.progress' && e.payload.id === id);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.payload).toMatchObject({ done: 100, total: 100 });
    socket.disconnect();
    const text = pdfText(await download(id, 'pdf'));
    expect(text).toContain('104,000');
    expect(text).toContain('1,248,000');
    expect(text).toContain('壹佰贰拾肆万捌仟元整');
    const docx = (await mammoth.extractRawText({ buffer: await download(id, 'docx') })).value;
    expect(docx).toContain('壹佰贰拾肆万捌仟元整');
  }, 240_000);

  it('when the worker is killed (SIGKILL) in the middle of a ledger, then after a restart the job completes with exactly one new version and nothing partial was offered', async () => {
    // A long period, so the ledger is still being written when the worker dies.
    const period = '2026-05-01~2026-11-30';
    const versionsBefore = await doneVersions('monthly-ledger', period);
    const id = await request('monthly-ledger', period);
    await until(async () => (await runState(id)) === 'running', 60_000, () => `ledger never started\n${worker.log().slice(-2000)}`);
    await worker.stop('SIGKILL');

    expect(await runState(id)).toBe('running');
    const listed = (await t.http.get('/api/reports').set(auth(supervisor))).body.items as Run[];
    expect(listed.find((r) => r.id === id)).toMatchObject({ status: 'running', version: null, files: [] });
    const early = await t.http.get(`/api/reports/${id}/download`).set(auth(supervisor));
    expect(early.status).toBe(404);
    expect(early.body.code).toBe('REPORT_NOT_READY');

    worker = await startWorkerProcess(t.config);
    const run = await finished(id, 180_000);
    expect(run.attempts).toBeGreaterThanOrEqual(2);
    expect(await doneVersions('monthly-ledger', period)).toEqual([...versionsBefore, versionsBefore.length + 1]);
    const [{ files }] = (await t.dataSource.query('SELECT count(*)::int AS files FROM report_file WHERE report_id = $1', [id])) as { files: number }[];
    expect(files).toBe(1);
  }, 300_000);

  it('when a leader lists and downloads, then only masked versions are there and the download is audited', async () => {
    const leader = await t.login('leader');
    const list = (await t.http.get('/api/reports?pageSize=100').set(auth(leader))).body.items as Run[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => r.masked)).toBe(true);
    const unmasked = (await t.dataSource.query(`SELECT id FROM report_run WHERE NOT masked AND status = 'done' LIMIT 1`)) as { id: string }[];
    expect(unmasked).toHaveLength(1); // the supervisor's ledgers above
    expect((await t.http.get(`/api/reports/${unmasked[0].id}/download`).set(auth(leader))).status).toBe(404);

    const masked = list.find((r) => r.status === 'done')!;
    await download(masked.id, masked.files[0].format, leader);
    const audits = (await t.dataSource.query(
      `SELECT a.action, a.after FROM audit_log a JOIN app_user u ON u.id = a.actor_id WHERE u.username = 'leader' AND a.entity_id = $1 AND a.action = 'report.download'`,
      [masked.id],
    )) as { action: string; after: Record<string, unknown> }[];
    // One record per download, naming the file the leader took and that it held no personal data in clear.
    expect(audits).toEqual([
      {
        action: 'report.download',
        after: expect.objectContaining({ kind: masked.kind, version: masked.version, format: masked.files[0].format, sha256: masked.files[0].sha256, personalData: false }),
      },
    ]);
    expect((await t.http.post('/api/reports').set(auth(leader)).send({ kind: 'monthly-ledger', period: '2026-11' })).status).toBe(403);
  });

  it('when the contract payment schedule is asked for, then it has four periods and the balance, in figures and capitals', async () => {
    const res = await t.http.get('/api/contract/payments').set(auth(await t.login('admin')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ monthly: 104000, total: 1248000, totalInWords: '壹佰贰拾肆万捌仟元整' });
    expect(res.body.items.map((p: { amount: number; share: string }) => [p.amount, p.share])).toEqual([
      [312000, '25%'],
      [312000, '25%'],
      [312000, '25%'],
      [187200, '15%'],
      [124800, '10%'],
    ]);
    expect(res.body.items[3].amountInWords).toBe('壹拾捌万柒仟贰佰元整');
    expect((await t.http.get('/api/contract/payments').set(auth(await t.login('operator')))).status).toBe(403);
  });

  it('when a request is malformed, then the answer is 400 with a code and nothing is queued', async () => {
    const before = await countRuns();
    for (const body of [{ kind: 'monthly-ledger', period: '2026-13' }, { kind: 'nope', period: '2026-11' }, { kind: 'fee-confirmation', period: '2026-02-30~2026-03-01' }, {}]) {
      const res = await t.http.post('/api/reports').set(auth(supervisor)).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect(await countRuns()).toBe(before);
  });
});

async function runState(id: string): Promise<string> {
  const [row] = (await t.dataSource.query('SELECT status FROM report_run WHERE id = $1', [id])) as { status: string }[];
  return row.status;
}

async function doneVersions(kind: string, period: string): Promise<number[]> {
  const rows = (await t.dataSource.query(
    `SELECT version FROM report_run WHERE kind = $1 AND period_key = $2 AND NOT masked AND version IS NOT NULL ORDER BY version`,
    [kind, period],
  )) as { version: number }[];
  return rows.map((r) => r.version);
}

async function countRuns(): Promise<number> {
  const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM report_run')) as { n: number }[];
  return n;
}

/** Data rows of 工单明细: rows below the header whose first cell is a running number. */
function ledgerOrderRows(ws: ExcelJS.Worksheet): number {
  let n = 0;
  ws.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') n++;
  });
  return n;
}

/** The 合计 row's volume in a summary sheet (the first numeric cell after the label). */
function totalsRowVolume(ws: ExcelJS.Worksheet): number | null {
  let volume: number | null = null;
  ws.eachRow((row) => {
    if (String(row.getCell(1).value ?? '').includes('合计')) {
      for (let c = 2; c <= row.cellCount; c++) {
        const v = row.getCell(c).value;
        if (typeof v === 'number') {
          volume = v;
          break;
        }
      }
    }
  });
  return volume;
}
