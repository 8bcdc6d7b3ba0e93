// Integration tests run against a real PostgreSQL and Redis (CI has both). This creates a fresh database for the
// run and applies the migrations once, with the same CLI users run (`npm run migration:run`).
import { execFileSync } from 'node:child_process';
import pg from 'pg';

export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = process.env.TEST_DATABASE_NAME ?? 'hotline_desk_test';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = '/' + dbName;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  execFileSync(process.execPath, ['--import', 'tsx', 'libs/platform/database/src/cli/run-migrations.ts'], {
    env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL },
    stdio: 'inherit',
  });
}
