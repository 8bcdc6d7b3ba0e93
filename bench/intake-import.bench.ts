/**
 * The import pipeline on a 10,000-row platform export: decode → CSV rows → map and normalise each row → classify
 * (gazetteer, jieba keywords, routing), in batches of IMPORT_BATCH_SIZE as the `upstream-import` job runs them.
 * Baseline: decoding and splitting the same file into rows only. Also reports the peak heap growth, which must stay
 * around one batch's worth (the file's bytes and text aside), not grow with the row count. The database writes are
 * measured end to end with the api (about 32 rows/s on this shared machine; see the lead's report), not here.
 *
 *   npx tsx bench/intake-import.bench.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Classifier } from '../libs/intake/src/classify/classifier.js';
import { referenceFromSeed } from '../libs/intake/src/classify/reference-from-seed.js';
import { csvRows } from '../libs/intake/src/import/csv-rows.js';
import { decodeCsvBytes } from '../libs/intake/src/import/decode-text.js';
import { mapUpstreamRow, type MappedRow } from '../libs/intake/src/import/map-upstream-row.js';
import { indexColumns } from '../libs/intake/src/import/upstream-columns.js';
import { loadReferenceData } from '../libs/reference/src/reference-data.js';
import type { BenchResult } from './bench-result.js';

const ROWS = 10_000;
const BATCH = 200;

/** 10,000 rows made from the sample's 39 data rows with fresh 工单编号. */
function tenThousandRows(): Buffer {
  const [header, ...rows] = readFileSync('test/fixtures/upstream-export-sample.csv', 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  const lines = [header];
  for (let i = 0; i < ROWS; i++) lines.push(rows[i % rows.length].replace(/^[A-Z0-9]*,/, (no) => (no === ',' ? ',' : `BENCH${String(i).padStart(8, '0')},`)));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n');
}

export async function run(): Promise<BenchResult[]> {
  const file = tenThousandRows();
  const seed = loadReferenceData();
  const classifier = new Classifier(referenceFromSeed(seed));
  const categories = new Set(referenceFromSeed(seed).categoryPaths);
  const ctx = { categoryExists: (p: string) => categories.has(p) };

  const baselineStart = performance.now();
  let counted = 0;
  for (const _ of csvRows(decodeCsvBytes(file).text)) counted++;
  const baselineMs = performance.now() - baselineStart;

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const outcomes = { ok: 0, error: 0 };
  const start = performance.now();
  let index: ReturnType<typeof indexColumns>['index'] | null = null;
  let batch: MappedRow[] = [];
  let rowNo = 0;
  const flush = () => {
    for (const row of batch) {
      if (row.ok) classifier.classify({ address: row.input.address, content: row.input.content, category: row.input.category });
      outcomes[row.ok ? 'ok' : 'error']++;
    }
    batch = [];
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  for (const cells of csvRows(decodeCsvBytes(file).text)) {
    rowNo++;
    if (!index) {
      index = indexColumns(cells).index;
      continue;
    }
    const mapped = mapUpstreamRow(cells, index, rowNo, ctx);
    if (mapped) batch.push(mapped);
    if (batch.length >= BATCH) flush();
  }
  flush();
  const ms = performance.now() - start;
  return [
    {
      name: `import pipeline, ${ROWS} rows in batches of ${BATCH} (parse, normalise, classify)`,
      metrics: {
        rows: rowNo - 1, ok: outcomes.ok, errors: outcomes.error, ms: Math.round(ms), rowsPerSecond: Math.round(((rowNo - 1) / ms) * 1000),
        peakHeapGrowthMB: +((heapPeak - heapBefore) / 1024 / 1024).toFixed(1), fileMB: +(file.length / 1024 / 1024).toFixed(1),
      },
      baseline: { name: 'decode and split into rows only', metrics: { rows: counted - 1, ms: Math.round(baselineMs) } },
      ratio: ms / baselineMs,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
