import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../libs/platform/database/src/data-source.factory.js';
import { MIGRATIONS } from '../libs/schema/src/migrations.js';

/**
 * A migrated scratch database on the server of DATABASE_URL. `reuse` keeps one a previous run loaded completely
 * with `dataset` (its marker, written by `markDatasetLoaded`, names the same dataset; only pending migrations are
 * applied), so a run need not load a million orders again; anything else is dropped and loaded afresh.
 */
export async function openBenchDatabase(
  name: string, reuse: boolean, applicationName: string, dataset = '',
): Promise<{ ds: DataSource; reused: boolean; url: string }> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const [existing] = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows;
  const reused = reuse && existing !== undefined && (await loadedDataset(serverUrl, name)) === dataset;
  if (!reused) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 4, entities: [], migrations: MIGRATIONS, applicationName });
  await ds.initialize();
  await ds.runMigrations();
  return { ds, reused, url: url.toString() };
}

/** An empty database `name` (dropped first if it exists) on the server of DATABASE_URL, for a server to migrate. */
export async function freshDatabaseUrl(name: string): Promise<string> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  // For counting round trips: every statement of this database with its duration in the server's log.
  if (process.env.BENCH_LOG_STATEMENTS) await admin.query(`ALTER DATABASE "${name}" SET log_min_duration_statement = 0`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Marks the scratch database as completely loaded with `dataset`, so a later run may reuse it. */
export async function markDatasetLoaded(ds: DataSource, dataset: string): Promise<void> {
  await ds.query('CREATE TABLE IF NOT EXISTS bench_dataset (name text NOT NULL)');
  await ds.query('DELETE FROM bench_dataset');
  await ds.query('INSERT INTO bench_dataset (name) VALUES ($1)', [dataset]);
}

async function loadedDataset(serverUrl: string, name: string): Promise<string | null> {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT CASE WHEN to_regclass('bench_dataset') IS NULL THEN NULL ELSE (SELECT name FROM bench_dataset LIMIT 1) END AS name`);
    return (rows[0]?.name as string | null) ?? null;
  } finally {
    await client.end();
  }
}
