/**
 * The monthly ledger at a month of 100,000 orders (issue 12: under 60 s and 512 MB): seconds and peak RSS of
 * LedgerWriter writing November 2026, against the plain export a DBA would do of the same orders (one SQL query with
 * the same joins, streamed into a one-sheet exceljs workbook), measured in the same run on the same data. Each runs
 * in a child node process of its own (bench/ledger-child.ts) with the worker's Node flags, so its RSS is its own.
 *
 *   npm run bench -- ledger                    (BENCH_LEDGER_ORDERS=20000 for a quicker run)
 *
 * BENCH_LEDGER_DATABASE names the scratch database; one a previous run loaded completely with the same size is kept
 * (to measure a change to the writer without loading again) unless BENCH_LEDGER_REUSE=0; BENCH_LEDGER_REPEAT (default 1) is
 * how many times each child runs, interleaved: the fastest time and the highest peak RSS are reported.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DataSource } from 'typeorm';
import { CitizenPii } from '../libs/orders/src/pii/citizen-pii.js';
import { StatsRefresher } from '../libs/stats/src/rollups/stats-refresher.js';
import { markDatasetLoaded, openBenchDatabase } from './bench-database.js';
import type { BenchResult } from './bench-result.js';
import type { LedgerChildJob, LedgerChildResult } from './ledger-child.js';
import { BENCH_STREET, DATASET_END, loadStatsDataset } from './stats-dataset.js';

const ORDERS = Number(process.env.BENCH_LEDGER_ORDERS ?? 100_000);
const DATABASE = process.env.BENCH_LEDGER_DATABASE ?? 'hd_bench_ledger';
/** Reuse a completely loaded dataset of the same size unless told not to. */
const REUSE = process.env.BENCH_LEDGER_REUSE !== '0';
/** The month the dataset is gathered into: the last one before the generator's end. */
const MONTH = { key: '2026-11', from: '2026-11-01T00:00:00+08:00', to: DATASET_END };
/** The scheduled run: 01:00 on the 1st, for the month before. */
const RUN_AT = '2026-12-01T01:00:00+08:00';
const PII_KEY = Buffer.alloc(32, 7);
/**
 * The production worker's Node flags. `npm run start:worker` (and docker-compose's worker) runs plain `node` today:
 * V8 would then size its heap from the host's memory, so the ledger's RSS would follow the host, not the code. The
 * worker should run with this flag; the benchmark measures what it would be with it (BENCH_LEDGER_NODE_FLAGS='' to
 * measure plain node).
 */
const WORKER_NODE_FLAGS = (process.env.BENCH_LEDGER_NODE_FLAGS ?? '--max-old-space-size=384').split(' ').filter(Boolean);
const TARGET = { seconds: 60, peakRssMB: 512 };
/**
 * One run each by default: the ledger's figure (about 25 s) is far from its target (60 s), and a second run of both
 * children cost 45 s of the full bench's 15 minutes. BENCH_LEDGER_REPEAT=2 or more to take the fastest on a noisy machine.
 */
const REPEAT = Number(process.env.BENCH_LEDGER_REPEAT ?? 1);
/** Citizens to spread over the orders, so decryption and masking see different names and numbers. */
const CITIZENS = 500;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./ledger-child.ts', import.meta.url));

const DATASET = `ledger-${ORDERS}`;
interface Prepared {
  reuse: boolean;
  generateSeconds: number;
  gatherSeconds: number;
  factsSeconds: number;
}
let prepared: Promise<Prepared> | undefined;

/**
 * Loads the month's dataset and builds its facts (or keeps a loaded one), once per process: `run` awaits it, and
 * `npm run bench` starts it early, alongside the statistics benchmark's load (bench/run.ts): neither is measured.
 */
export function prepare(): Promise<Prepared> {
  prepared ??= (async () => {
    const { ds, reused: reuse } = await openBenchDatabase(DATABASE, REUSE, 'bench-ledger', DATASET);
    const timed = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return (performance.now() - started) / 1000;
    };
    try {
      // The statistics benchmark's generator spreads its orders over two years; gathered into one month afterwards,
      // its orders need not be generated 24 times over to put 100,000 in November.
      const generateSeconds = reuse ? 0 : await timed(() => loadStatsDataset(ds, ORDERS));
      const gatherSeconds = reuse ? 0 : await timed(() => gatherIntoMonth(ds));
      const factsSeconds = reuse ? 0 : await timed(() => new StatsRefresher(ds).rebuildAll());
      if (!reuse) await markDatasetLoaded(ds, DATASET);
      return { reuse, generateSeconds, gatherSeconds, factsSeconds };
    } finally {
      await ds.destroy();
    }
  })();
  return prepared;
}

export async function run(): Promise<BenchResult[]> {
  const { reuse, generateSeconds, gatherSeconds, factsSeconds } = await prepare();
  const { ds, url } = await openBenchDatabase(DATABASE, true, 'bench-ledger', DATASET);
  await ds.query('ANALYZE');
  const [{ inMonth, total }] = (await ds.query(
    `SELECT count(*) FILTER (WHERE received_at >= $1 AND received_at < $2)::int AS "inMonth", count(*)::int AS total FROM work_order`,
    [MONTH.from, MONTH.to],
  )) as { inMonth: number; total: number }[];
  await ds.destroy();
  console.log(reuse
    ? `dataset: reused ${DATABASE} (${inMonth} of its ${total} orders in ${MONTH.key})`
    : `dataset: ${total} orders generated by bench/stats-dataset.ts in ${generateSeconds.toFixed(0)} s, gathered into ${MONTH.key} with ` +
      `encrypted citizens and contents in ${gatherSeconds.toFixed(0)} s (${inMonth} in the month); statistics facts and rollups built in ${factsSeconds.toFixed(0)} s (not part of the ledger's figure)`);

  const dir = mkdtempSync(join(tmpdir(), 'bench-ledger-'));
  try {
    const job = (file: string): LedgerChildJob => ({
      databaseUrl: url, file: join(dir, file), streetCode: BENCH_STREET, period: { month: MONTH.key }, now: RUN_AT, piiKey: PII_KEY.toString('hex'),
    });
    const ledgers: LedgerChildResult[] = [];
    const baselines: LedgerChildResult[] = [];
    // Interleaved and repeated: on a shared machine one run can be slowed by anything; the fastest of each counts.
    for (let i = 1; i <= REPEAT; i++) {
      const ledger = await runChild('ledger', job('ledger.xlsx'));
      // The baseline reads exactly the instants the ledger resolved the month to.
      const { period } = ledger.detail as { period: { from: string; to: string } };
      const baseline = await runChild('baseline', { ...job('export.xlsx'), range: { from: period.from, to: period.to } });
      ledgers.push(ledger);
      baselines.push(baseline);
      console.log(`run ${i}: ledger ${ledger.seconds.toFixed(1)} s, peak ${ledger.peakRssMB.toFixed(0)} MB (RSS ${ledger.startRssMB.toFixed(0)} MB at start, ` +
        `kernel high-water mark ${ledger.hwmMB?.toFixed(0) ?? '?'} MB); baseline ${baseline.seconds.toFixed(1)} s, peak ${baseline.peakRssMB.toFixed(0)} MB ` +
        `(RSS ${baseline.startRssMB.toFixed(0)} MB at start, high-water mark ${baseline.hwmMB?.toFixed(0) ?? '?'} MB)`);
    }
    const ledger = bestOf(ledgers);
    const baseline = bestOf(baselines);
    if (baseline.rows !== ledger.rows) console.log(`warning: the baseline exported ${baseline.rows} rows, the ledger ${ledger.rows}`);

    const seconds = ledger.seconds < TARGET.seconds;
    const rss = ledger.peakRssMB < TARGET.peakRssMB;
    return [
      { name: `dataset (${inMonth} orders in ${MONTH.key}, ${total} in all)`, metrics: { generateSeconds: Math.round(generateSeconds), gatherSeconds: Math.round(gatherSeconds), buildFactsSeconds: Math.round(factsSeconds) } },
      {
        name: `monthly ledger ${MONTH.key} for a leader (masked), 8 sheets, child node ${WORKER_NODE_FLAGS.join(' ') || 'without flags'}`,
        metrics: metricsOf(ledger),
        baseline: { name: 'plain export: one SQL query with the same joins → exceljs streaming workbook, one sheet, values as stored', metrics: metricsOf(baseline) },
        ratio: ledger.seconds / baseline.seconds,
        headline: {
          figure: `monthly ledger, ${inMonth.toLocaleString('en')} orders`,
          value: `${ledger.seconds.toFixed(1)} s, peak ${ledger.peakRssMB.toFixed(0)} MB`,
          baseline: `${baseline.seconds.toFixed(1)} s plain one-sheet export`,
          ratio: `${(ledger.seconds / baseline.seconds).toFixed(2)}×`,
          target: `< ${TARGET.seconds} s, < ${TARGET.peakRssMB} MB`,
          met: seconds && rss,
        },
      },
      {
        name: `targets (issue 12: < ${TARGET.seconds} s, < ${TARGET.peakRssMB} MB)`,
        metrics: {
          seconds: `${ledger.seconds.toFixed(1)} ${seconds ? '<' : '≥'} ${TARGET.seconds} ${seconds ? 'met' : 'MISSED'} (slowest run ${Math.max(...ledgers.map((r) => r.seconds)).toFixed(1)})`,
          peakRssMB: `${ledger.peakRssMB.toFixed(0)} ${rss ? '<' : '≥'} ${TARGET.peakRssMB} ${rss ? 'met' : 'MISSED'}`,
          nodeFlags: WORKER_NODE_FLAGS.length > 0 ? `${WORKER_NODE_FLAGS.join(' ')}, which start:worker lacks: add it there` : 'none, as start:worker runs today',
        },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fastest run's time with the highest peak any run reached: memory is judged by its worst case. */
function bestOf(runs: LedgerChildResult[]): LedgerChildResult {
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...fastest, peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)) };
}

function metricsOf(r: LedgerChildResult): Record<string, number> {
  return { orders: r.rows, seconds: r.seconds, peakRssMB: Math.round(r.peakRssMB), fileMB: Math.round(r.fileMB * 10) / 10, ordersPerSecond: Math.round(r.rows / r.seconds) };
}

/**
 * Moves every order of the generated dataset into MONTH, keeping the order of arrival and each order's timeline as
 * it was (every event and clock moves with its order), and gives each a citizen — name and phone encrypted as the
 * desk stores them — and a complaint of a realistic length that names them, so the ledger decrypts and masks as it
 * would for real orders. One transaction, statistics triggers off (the facts are rebuilt afterwards); the
 * timeline's append-only guard is suspended for the move, in this scratch database only.
 */
async function gatherIntoMonth(ds: DataSource): Promise<void> {
  const pii = new CitizenPii(PII_KEY);
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
  const given = ['小明', '秀英', '建国', '丽', '伟', '芳', '桂兰', '海涛', '静', '志强'];
  const citizens = Array.from({ length: CITIZENS }, (_, i) => {
    const name = surnames[i % 10] + given[Math.floor(i / 10) % 10];
    const phone = `1${[3, 5, 8][i % 3]}${String((i * 7_919_113 + 12_345_678) % 1e9).padStart(9, '0')}`;
    return { name: pii.encrypt(name), phone: pii.encrypt(phone), plain: phone, plainName: name, hash: pii.phoneHash(phone) };
  });
  await ds.transaction(async (m) => {
    for (const table of ['work_order', 'order_event', 'order_clock']) await m.query(`ALTER TABLE ${table} DISABLE TRIGGER ${table}_stats_dirty`);
    await m.query('ALTER TABLE order_event DISABLE TRIGGER order_event_no_update_delete');
    // Each order moves by its own shift d, so that the dataset's two years map linearly onto the month's days (a
    // minute's margin keeps the first order inside the month whatever the rounding).
    await m.query(
      `CREATE TEMP TABLE bench_shift ON COMMIT DROP AS
       SELECT o.id, make_interval(secs => extract(epoch FROM $1::timestamptz - o.received_at) * (1 - span.ratio)) AS d
         FROM work_order o
        CROSS JOIN (SELECT extract(epoch FROM $1::timestamptz - $2::timestamptz) / extract(epoch FROM $1::timestamptz - min(received_at) + interval '1 minute') AS ratio
                      FROM work_order) span`,
      [MONTH.to, MONTH.from],
    );
    await m.query('ALTER TABLE bench_shift ADD PRIMARY KEY (id)');
    await m.query(
      `UPDATE work_order o
          SET received_at = o.received_at + s.d, created_at = o.created_at + s.d, updated_at = o.updated_at + s.d, closed_at = o.closed_at + s.d,
              citizen_name_enc = c.name, citizen_phone_enc = c.phone, citizen_phone_hash = c.hash,
              content = '市民' || c.plain_name || '反映：' || o.address || '物业长期不打扫楼道，垃圾堆积，夏天气味很大，多次向物业反映无人处理。'
                        || repeat('楼道灯也坏了半个月，晚上出行很不方便，老人孩子容易摔倒。', 1 + abs(hashtext(o.id::text)) % 3)
                        || '请回电' || c.plain || '，希望街道督促物业尽快处理并答复。'
         FROM bench_shift s,
              unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS c(name, phone, plain, plain_name, hash, n)
        WHERE s.id = o.id AND c.n = 1 + abs(hashtext(o.id::text || 'citizen')) % $6`,
      [citizens.map((c) => c.name), citizens.map((c) => c.phone), citizens.map((c) => c.plain), citizens.map((c) => c.plainName), citizens.map((c) => c.hash), CITIZENS],
    );
    await m.query('UPDATE order_event e SET at = e.at + s.d FROM bench_shift s WHERE s.id = e.order_id');
    await m.query(
      `UPDATE order_clock k SET started_at = k.started_at + s.d, due_at = k.due_at + s.d, warn_at = k.warn_at + s.d, stopped_at = k.stopped_at + s.d
         FROM bench_shift s WHERE s.id = k.order_id`,
    );
    await m.query('ALTER TABLE order_event ENABLE TRIGGER order_event_no_update_delete');
    for (const table of ['work_order', 'order_event', 'order_clock']) await m.query(`ALTER TABLE ${table} ENABLE TRIGGER ${table}_stats_dirty`);
  });
}

/** Runs bench/ledger-child.ts in a node of its own with the worker's flags; resolves with the JSON line it prints. */
function runChild(mode: 'ledger' | 'baseline', job: LedgerChildJob): Promise<LedgerChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, '--import', 'tsx', CHILD, mode], {
      cwd: ROOT, // tsx reads tsconfig.json (the @app/* paths) from here
      env: { ...process.env, BENCH_LEDGER_JOB: JSON.stringify(job) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`ledger-child ${mode} exited with ${code}: ${out.slice(-2000)}`));
      else resolve(JSON.parse(last) as LedgerChildResult);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
