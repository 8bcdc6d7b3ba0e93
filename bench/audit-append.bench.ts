/**
 * The cost of the audit trail: appending hash-chained records inside transactions (advisory lock, read of the last
 * hash, SHA-256, insert) against raw PostgreSQL inserts of the same rows into a plain table, in the same run.
 *
 *   npx tsx bench/audit-append.bench.ts
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { appendAudit } from '../libs/platform/audit/src/audit-writer.js';
import { createDataSource } from '../libs/platform/database/src/data-source.factory.js';
import { MIGRATIONS } from '../libs/schema/src/migrations.js';
import type { BenchResult } from './bench-result.js';

const ROWS = 2000;
const CONCURRENCY = 8;

export async function run(): Promise<BenchResult[]> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS hotline_desk_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE hotline_desk_bench');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/hotline_desk_bench';

  const ds = createDataSource({ url: url.toString(), poolSize: CONCURRENCY, entities: [], migrations: MIGRATIONS, applicationName: 'bench' });
  await ds.initialize();
  await ds.runMigrations();
  await ds.query(`INSERT INTO street (code, name, district, city) VALUES ('000000001', 'bench', 'bench', 'bench')`);
  await ds.query('CREATE TABLE raw_log (LIKE audit_log INCLUDING DEFAULTS)');
  const actor = { id: null, username: 'bench', displayName: 'bench', role: 'system' as const, unitId: null, streetCode: '000000001' };
  const entry = (i: number) => ({ action: 'order.sign', entityType: 'order', entityId: String(i), before: { status: 'new' }, after: { status: 'signed', i } });

  const raw = await timed(ROWS, async (i) => {
    await ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO raw_log (street_code, at, actor_name, actor_role, action, entity_type, entity_id, before, after, prev_hash, hash)
         VALUES ('000000001', now(), 'bench', 'system', 'order.sign', 'order', $1, '{"status":"new"}', $2::jsonb, '', '')`,
        [String(i), JSON.stringify({ status: 'signed', i })],
      );
    });
  });
  const chained = await timed(ROWS, async (i) => {
    await ds.transaction((m) => appendAudit(m, actor, [entry(i)], { at: new Date(), requestId: null, ip: null }));
  });
  await ds.destroy();

  const perSecond = (ms: number) => Math.round((ROWS / ms) * 1000);
  return [
    {
      name: `audit append (${ROWS} records, ${CONCURRENCY} concurrent writers)`,
      metrics: { ms: Math.round(chained), recordsPerSecond: perSecond(chained) },
      baseline: { name: 'raw INSERT of the same rows', metrics: { ms: Math.round(raw), recordsPerSecond: perSecond(raw) } },
      ratio: chained / raw,
    },
  ];
}

async function timed(rows: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < rows) await work(next++);
    }),
  );
  return performance.now() - start;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
