/**
 * One measured run of the ledger benchmark (bench/ledger.bench.ts), in a process of its own so its RSS is the run's
 * and not the loader's. `ledger` writes the monthly ledger with LedgerWriter as the worker would; `baseline` writes
 * the plain export a DBA would do: the same period's orders, joined as the ledger joins them, by one SQL query read
 * through a cursor into an exceljs streaming workbook of one sheet. Prints one JSON line: seconds, peak RSS, rows,
 * file size.
 *
 *   BENCH_LEDGER_JOB='{"databaseUrl":…,"file":…,"streetCode":…,"period":{"month":"2026-11"},"now":…}' \
 *     node --max-old-space-size=384 --import tsx bench/ledger-child.ts ledger|baseline
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { SessionActor } from '@app/auth';
import type { AppConfig } from '@app/config';
import { FileAnchorStore } from '../libs/platform/audit/src/anchor/file-anchor-store.js';
import { createDataSource } from '../libs/platform/database/src/data-source.factory.js';
import { LedgerAnchorSource } from '../libs/reports/src/ledger/ledger-anchor.source.js';
import { LedgerDutySource } from '../libs/reports/src/ledger/ledger-duty.source.js';
import { LedgerFigures } from '../libs/reports/src/ledger/ledger-figures.js';
import { LedgerHungSource } from '../libs/reports/src/ledger/ledger-hung.source.js';
import { LedgerRowsSource } from '../libs/reports/src/ledger/ledger-rows.source.js';
import { LedgerWriter } from '../libs/reports/src/ledger/ledger.writer.js';
import { AttendanceRecords } from '../libs/rostering/src/use-cases/attendance-records.js';
import { CoverageReport } from '../libs/rostering/src/use-cases/coverage-report.js';
import { StatsQueries } from '../libs/stats/src/query/stats-queries.js';
import { StatsRefresher } from '../libs/stats/src/rollups/stats-refresher.js';

export interface LedgerChildJob {
  databaseUrl: string;
  /** Where the .xlsx goes. */
  file: string;
  streetCode: string;
  /** The ledger's period request; the baseline reads the instants the ledger resolved it to. */
  period: { month: string } | { from: string; to: string };
  /** The baseline's period: [from, to) as ISO instants. */
  range?: { from: string; to: string };
  /** The run's business clock (the scheduled run is 01:00 on the 1st). */
  now: string;
  piiKey: string;
}

export interface LedgerChildResult {
  seconds: number;
  peakRssMB: number;
  /** RSS once everything is imported and connected, before the run: the process's own floor. */
  startRssMB: number;
  /** The kernel's high-water mark of the process (Linux), start-up included; a check on the 25 ms sampling. */
  hwmMB: number | null;
  rows: number;
  fileMB: number;
  /** The ledger's own figures (orders, statistics total, rows per sheet); the baseline has none. */
  detail?: unknown;
}

const MB = 2 ** 20;
const CURSOR_PAGE = 1000;

interface Work {
  run(): Promise<{ rows: number; detail?: unknown }>;
  close(): Promise<void>;
}

/** LedgerWriter wired by hand as LEDGER_PROVIDERS wires it, for a leader: masked, so decryption and masking run. */
async function prepareLedger(): Promise<Work> {
  const ds = createDataSource({ url: job.databaseUrl, poolSize: 4, entities: [], migrations: [], applicationName: 'bench-ledger' });
  await ds.initialize();
  const config = { piiKey: Buffer.from(job.piiKey, 'hex') } as AppConfig;
  const clock = { now: () => new Date(job.now) };
  const stats = new StatsQueries(ds, clock as never, config, new StatsRefresher(ds));
  const writer = new LedgerWriter(ds, new LedgerFigures(stats), new LedgerRowsSource(ds, config), new LedgerHungSource(ds),
    new LedgerDutySource(new CoverageReport(ds, clock as never), new AttendanceRecords(ds)),
    new LedgerAnchorSource(ds, new FileAnchorStore(join(dirname(job.file), 'audit-anchors.json'))));
  const leader = { id: null, username: 'bench', displayName: 'bench', role: 'leader', unitId: null, streetCode: job.streetCode, sessionId: 'bench' } as unknown as SessionActor;
  return {
    async run() {
      const summary = await writer.write({ reportId: 'bench', actor: leader, period: job.period, masked: true, now: clock.now(), progress: async () => {} }, job.file);
      return { rows: summary.orders, detail: { orders: summary.orders, statsTotal: summary.statsTotal, period: summary.period, sheets: summary.sheets } };
    },
    close: () => ds.destroy(),
  };
}

/**
 * The DBA's export: one SELECT with the ledger's joins (step times and callback from the timeline, the clocks,
 * community and unit names), read 1,000 rows at a time through a cursor and written as they come — values as
 * stored, no labels, no decryption, no masking.
 */
async function prepareBaseline(): Promise<Work> {
  const range = job.range;
  if (!range) throw new Error('the baseline needs job.range');
  const client = new pg.Client({ connectionString: job.databaseUrl, application_name: 'bench-ledger-baseline' });
  await client.connect();
  return {
    async run() {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: job.file, useStyles: true, useSharedStrings: false });
      const sheet = workbook.addWorksheet('orders');
      let columns: string[] | null = null;
      let rows = 0;
      await client.query('BEGIN');
      await client.query(`DECLARE export NO SCROLL CURSOR FOR ${EXPORT_SQL}`, [job.streetCode, range.from, range.to]);
      for (;;) {
        const page = await client.query({ text: `FETCH ${CURSOR_PAGE} FROM export`, rowMode: 'array' });
        if (!columns) {
          columns = page.fields.map((f) => f.name);
          sheet.columns = columns.map((header) => ({ header, key: header, width: 16 }));
        }
        for (const values of page.rows as unknown[][]) {
          sheet.addRow(values.map((v) => (v === null || v instanceof Date || typeof v !== 'object' ? v : JSON.stringify(v)))).commit();
          rows += 1;
        }
        if (page.rows.length < CURSOR_PAGE) break;
      }
      await client.query('COMMIT');
      sheet.commit();
      await workbook.commit();
      return { rows };
    },
    close: () => client.end(),
  };
}

const EXPORT_SQL = `
  SELECT coalesce(o.upstream_no, o.local_no, o.id::text) AS number, o.channel, o.type, o.urgency, o.received_at,
         ev.sign_at, ev.dispatch_at, ev.contact_at, ev.reply_at, ev.approve_at, o.closed_at, o.category_path,
         c.name AS community, u.name AS unit, o.co_unit_ids, o.citizen_name_enc, o.citizen_phone_enc, o.address,
         left(o.content, 60) AS content, left(o.reply->>'content', 60) AS reply_content, o.reply->>'result' AS reply_result,
         ev.cb->>'contacted' AS cb_contacted, ev.cb->>'solved' AS cb_solved, ev.cb->>'satisfaction' AS cb_satisfaction,
         ev.cb->>'valid' AS cb_valid, ck.clocks, o.assessment, o.status
    FROM work_order o
    LEFT JOIN community c ON c.id = o.community_id
    LEFT JOIN unit u ON u.id = coalesce(o.lead_unit_id, o.former_unit_ids[cardinality(o.former_unit_ids)])
    LEFT JOIN LATERAL (
      SELECT min(e.at) FILTER (WHERE e.action = 'sign') AS sign_at,
             min(e.at) FILTER (WHERE e.action = 'dispatch') AS dispatch_at,
             min((e.payload->>'contactedAt')::timestamptz) FILTER (WHERE e.action = 'contact') AS contact_at,
             max(e.at) FILTER (WHERE e.action IN ('reply', 'answer')) AS reply_at,
             max(e.at) FILTER (WHERE e.action = 'approve') AS approve_at,
             (array_agg(e.payload ORDER BY e.id DESC) FILTER (WHERE e.action = 'callback'))[1] AS cb
        FROM order_event e WHERE e.order_id = o.id) ev ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('kind', k.kind, 'dueAt', k.due_at, 'stoppedAt', k.stopped_at, 'late', k.late)) AS clocks
        FROM order_clock k WHERE k.order_id = o.id) ck ON true
   WHERE o.street_code = $1 AND o.received_at >= $2 AND o.received_at < $3
   ORDER BY o.received_at, o.id`;

/** VmHWM from /proc/self/status, in MB; null where there is no /proc. */
function highWaterMark(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

const mode = process.argv[2];
const job = JSON.parse(process.env.BENCH_LEDGER_JOB ?? '{}') as LedgerChildJob;
if (mode !== 'ledger' && mode !== 'baseline') throw new Error('usage: ledger-child.ts ledger|baseline (job in BENCH_LEDGER_JOB)');

const work = mode === 'ledger' ? await prepareLedger() : await prepareBaseline();
const startRss = process.memoryUsage().rss;
let peak = startRss;
// 25 ms: short enough to catch a page's worth of rows in flight; the kernel's high-water mark below checks it.
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
const started = performance.now();
const { rows, detail } = await work.run();
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await work.close();
const result: LedgerChildResult = {
  seconds,
  peakRssMB: peak / MB,
  startRssMB: startRss / MB,
  hwmMB: highWaterMark(),
  rows,
  fileMB: statSync(job.file).size / MB,
  detail,
};
console.log(JSON.stringify(result));
