import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@app/auth';
import { CacheBusModule } from '@app/cache-bus';
import type { Clock } from '@app/clock';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule, type QueueDriver } from '@app/queue';
import { DeskGateway } from '@app/realtime';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { SystemJobsModule, SystemModule } from '@app/system';
import { SeedModule } from '@app/seed';
import { DeadlinesModule } from '@app/deadlines';
import { OrderJobsModule, OrdersModule } from '@app/orders';
import { IntakeJobsModule, IntakeModule } from '@app/intake';
import { ReviewModule } from '@app/review';
import { StatsJobsModule, StatsModule } from '@app/stats';
import { ReportsJobsModule, ReportsModule } from '@app/reports';
import { AttachmentsModule } from '@app/attachments';
import { ReferenceModule } from '@app/reference';
import { DemoSeeder } from '@app/demo';
import { RosteringJobsModule, RosteringModule } from '@app/rostering';
import { loggerOptions } from './logger.options.js';

export interface ApiModuleOptions {
  /** Run job handlers in this process (embedded default, or `npm start` all-in-one). */
  runJobs: boolean;
  /** Tests run migrations once in global setup. */
  migrate?: boolean;
  seed?: boolean;
  clock?: Clock;
  queueDriver?: QueueDriver;
}

/** The api process: HTTP + socket.io, and in the all-in-one/embedded mode the job handlers too. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(config, {
          entities: ENTITIES,
          migrations: MIGRATIONS,
          applicationName: 'hotline-desk-api',
          migrate: options.migrate ?? true,
          clock: options.clock,
        }),
        QueueModule.forRoot(config, options.queueDriver),
        CacheBusModule.forRoot(),
        AuthModule,
        SystemModule,
        DeadlinesModule,
        OrdersModule,
        IntakeModule,
        ReviewModule,
        StatsModule,
        ReportsModule,
        AttachmentsModule,
        ReferenceModule,
        RosteringModule,
        // The only import of libs/demo outside tests: demo mode's seeder, used when the config says demo.
        SeedModule.forRoot({ enabled: options.seed ?? true, demo: config.seed.demo ? DemoSeeder : undefined }),
        ...(options.runJobs ? [SystemJobsModule, OrderJobsModule, RosteringJobsModule, IntakeJobsModule, StatsJobsModule, ReportsJobsModule] : []),
      ],
      providers: [DeskGateway],
    };
  }
}
