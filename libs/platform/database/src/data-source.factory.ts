import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DataSourceParams {
  url: string;
  /** 1 for the embedded PGlite (one session); ≥ 2 for PostgreSQL. */
  poolSize: number;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  applicationName: string;
}

/** One place that builds every DataSource (api, worker, CLI, tests): migrations only, never `synchronize`. */
export function createDataSource(params: DataSourceParams): DataSource {
  return new DataSource({
    type: 'postgres',
    url: params.url,
    entities: params.entities,
    migrations: params.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    parseInt8: true,
    applicationName: params.applicationName,
    extra: {
      max: params.poolSize,
      // A waiting request fails with a clear error instead of hanging forever if the pool is exhausted.
      connectionTimeoutMillis: 30_000,
      idleTimeoutMillis: 30_000,
    },
  });
}
