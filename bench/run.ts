/**
 * `npm run bench`: runs every benchmark and prints each result with the baseline measured in the same run and the
 * ratio between them, then one summary table (figure, baseline, ratio, target, met). Speed is measured here, never
 * asserted in tests. See bench/README.md.
 *   npm run bench                 all benchmarks
 *   npm run bench -- roster       only those whose name contains "roster"
 *   npm run bench -- stats,ledger those whose name contains either
 */
import type { BenchHeadline, BenchResult } from './bench-result.js';

interface BenchModule {
  run: (options?: never) => Promise<BenchResult[]>;
  /** Loads a dataset that is not measured (memoised: `run` awaits it too). */
  prepare?: () => Promise<unknown>;
}

const BENCHES: Record<string, () => Promise<BenchModule>> = {
  intake: () => import('./intake.bench.js'),
  lifecycle: () => import('./lifecycle.bench.js'),
  'audit-append': () => import('./audit-append.bench.js'),
  'roster-generator': () => import('./roster-generator.bench.js'),
  'intake-import': () => import('./intake-import.bench.js'),
  'import-end-to-end': () => import('./import-end-to-end.bench.js'),
  stats: () => import('./stats.bench.js'),
  ledger: () => import('./ledger.bench.js'),
  realtime: () => import('./realtime.bench.js'),
};

const filters = process.argv[2]?.split(',').filter(Boolean) ?? [];
const headlines: BenchHeadline[] = [];
const started = performance.now();
/** Seconds per benchmark, printed with the total: where the run's minutes go. */
const took: string[] = [];
const selected = Object.entries(BENCHES).filter(([name]) => !filters.length || filters.some((f) => name.includes(f)));
let datasetsPrepared = false;
for (const [name, load] of selected) {
  const bench = await load();
  if (bench.prepare && !datasetsPrepared) {
    // The datasets of the statistics and the ledger are loaded and built together, before the first of them is
    // measured: neither load is a figure. Measured: 476 s side by side against 492 s one after the other (the
    // million-order rebuild already keeps most of one core and its index builds use parallel workers).
    const preparing = performance.now();
    console.log('\n=== datasets (not measured) ===');
    const modules = await Promise.all(selected.map(([, l]) => l()));
    await Promise.all(modules.flatMap((m) => (m.prepare ? [m.prepare()] : [])));
    datasetsPrepared = true;
    took.push(`datasets ${Math.round((performance.now() - preparing) / 1000)} s`);
  }
  console.log(`\n=== ${name} ===`);
  const benchStarted = performance.now();
  const results = await bench.run();
  took.push(`${name} ${Math.round((performance.now() - benchStarted) / 1000)} s`);
  for (const r of results) {
    console.log(`${r.name}`);
    console.log(`  subject:  ${format(r.metrics)}`);
    if (r.baseline) console.log(`  baseline: ${r.baseline.name}: ${format(r.baseline.metrics)}`);
    if (r.ratio !== undefined) console.log(`  ratio:    ${r.ratio.toFixed(2)}× the baseline`);
    if (r.headline) headlines.push(r.headline);
  }
}
if (headlines.length) printTable(headlines);
console.log(`\nbench finished in ${((performance.now() - started) / 60_000).toFixed(1)} min (${took.join(', ')})`);

function format(metrics: Record<string, number | string>): string {
  return Object.entries(metrics).map(([k, v]) => `${k}=${typeof v === 'number' ? +v.toFixed(3) : v}`).join(', ');
}

function printTable(rows: BenchHeadline[]): void {
  const header = ['figure', 'value', 'baseline (same run)', 'ratio', 'target', 'met'];
  const cells = rows.map((h) => [h.figure, h.value, h.baseline, h.ratio, h.target, h.met === null ? '—' : h.met ? 'yes' : 'NO']);
  // CJK characters take two columns in a terminal; symbols such as ≤ and × take one.
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (c: string[]) => '| ' + c.map((s, i) => s + ' '.repeat(widths[i]! - width(s))).join(' | ') + ' |';
  console.log('\n=== summary ===');
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
}
