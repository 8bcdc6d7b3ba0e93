import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CLOCK, SystemClock, type Clock } from '@app/clock';
import type { AppConfig } from '@app/config';
import { BroadcasterHub, EVENT_BROADCASTER, REALTIME_DATA_SOURCE } from '@app/realtime';
import { createDataSource } from './data-source.factory.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { runMigrations } from './migrate.js';
import { Tenancy } from './tenancy.js';
import { DATA_SOURCE } from './tokens.js';
import { TransactionRunner } from './transaction-runner.js';

export interface DatabaseModuleOptions {
  entities: Function[];
  migrations: Function[];
  applicationName: string;
  /** api and worker run pending migrations on start; tests run them once in global setup. */
  migrate: boolean;
  /** Tests pass a ManualClock to control time. */
  clock?: Clock;
}

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');

class DatabaseShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EMBEDDED) private readonly embedded: EmbeddedPostgres | null,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy().catch((error) => this.logger.warn({ err: error }, 'closing the pool failed'));
    await this.embedded?.stop();
  }
}

/** PostgreSQL (DATABASE_URL) or the embedded PGlite, the unit of work, the clock and the event broadcaster hub. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: EMBEDDED,
          useFactory: async () => (config.embedded ? startEmbeddedPostgres(config.dataDir) : null),
        },
        {
          provide: DATA_SOURCE,
          inject: [EMBEDDED],
          useFactory: async (embedded: EmbeddedPostgres | null) => {
            const dataSource = createDataSource({
              url: embedded?.url ?? config.database.url!,
              poolSize: embedded ? 1 : config.database.poolSize,
              entities: options.entities,
              migrations: options.migrations,
              applicationName: options.applicationName,
            });
            await dataSource.initialize();
            if (options.migrate) {
              const applied = await runMigrations(dataSource, { lock: !embedded });
              if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
            }
            return dataSource;
          },
        },
        { provide: REALTIME_DATA_SOURCE, useExisting: DATA_SOURCE },
        { provide: CLOCK, useValue: options.clock ?? new SystemClock() },
        { provide: EVENT_BROADCASTER, useValue: new BroadcasterHub() },
        TransactionRunner,
        Tenancy,
        DatabaseShutdown,
      ],
      exports: [DATA_SOURCE, REALTIME_DATA_SOURCE, CLOCK, EVENT_BROADCASTER, TransactionRunner, Tenancy],
    };
  }
}
