/**
 * `npm run bench`: runs every benchmark and prints each result with the baseline measured in the same run and the
 * ratio between them. Speed is measured here, never asserted in tests.
 *   npm run bench                 all benchmarks
 *   npm run bench -- roster       only those whose file name contains "roster"
 */
import type { BenchResult } from './bench-result.js';

const BENCHES: Record<string, () => Promise<{ run: (options?: never) => Promise<BenchResult[]> }>> = {
  'audit-append': () => import('./audit-append.bench.js'),
  'roster-generator': () => import('./roster-generator.bench.js'),
  'intake-import': () => import('./intake-import.bench.js'),
  stats: () => import('./stats.bench.js'),
  ledger: () => import('./ledger.bench.js'),
};

const filter = process.argv[2];
for (const [name, load] of Object.entries(BENCHES)) {
  if (filter && !name.includes(filter)) continue;
  console.log(`\n=== ${name} ===`);
  const results = await (await load()).run();
  for (const r of results) {
    console.log(`${r.name}`);
    console.log(`  subject:  ${format(r.metrics)}`);
    if (r.baseline) console.log(`  baseline: ${r.baseline.name}: ${format(r.baseline.metrics)}`);
    if (r.ratio !== undefined) console.log(`  ratio:    ${r.ratio.toFixed(2)}× the baseline`);
  }
}

function format(metrics: Record<string, number | string>): string {
  return Object.entries(metrics).map(([k, v]) => `${k}=${typeof v === 'number' ? +v.toFixed(3) : v}`).join(', ');
}
