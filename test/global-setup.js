// Integration tests run against a real PostgreSQL and Redis (CI has both). This creates a fresh database for the
// run, applies the migrations once with the same CLI users run (`npm run migration:run`), then copies it once per
// Jest worker: files in different workers run at the same time and must not see each other's orders.
import { execFileSync } from 'node:child_process';
import pg from 'pg';

export default async function globalSetup(globalConfig) {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = process.env.TEST_DATABASE_NAME ?? 'hotline_desk_test';
  const workers = Math.max(1, Number(globalConfig?.maxWorkers) || 1);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${dbName}`);

    const url = new URL(serverUrl);
    url.pathname = '/' + dbName;
    process.env.TEST_DATABASE_BASE_URL = url.toString();
    process.env.TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    execFileSync(process.execPath, ['--import', 'tsx', 'libs/platform/database/src/cli/run-migrations.ts'], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: 'inherit',
    });

    for (let worker = 1; worker <= workers; worker++) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName}_w${worker} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${dbName}_w${worker} TEMPLATE ${dbName}`);
    }
  } finally {
    await admin.end();
  }
}
