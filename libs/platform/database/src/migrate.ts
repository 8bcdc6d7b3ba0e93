import type { DataSource } from 'typeorm';

/**
 * Runs pending migrations. Several api/worker processes may start at once in production: a session-level advisory
 * lock makes the others wait instead of racing on the same DDL.
 */
export async function runMigrations(dataSource: DataSource, { lock }: { lock: boolean }): Promise<string[]> {
  if (!lock) return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

const MIGRATION_LOCK_KEY = 727_271_345;
