import { Inject, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { CacheBusModule } from '@app/cache-bus';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { BroadcasterHub, EVENT_BROADCASTER, RedisEmitterBroadcaster } from '@app/realtime';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { SystemJobsModule } from '@app/system';
import { DeadlinesModule } from '@app/deadlines';
import { OrderJobsModule } from '@app/orders';
import { IntakeJobsModule } from '@app/intake';
import { RosteringJobsModule } from '@app/rostering';
import { StatsJobsModule } from '@app/stats';
import { ReportsJobsModule } from '@app/reports';

/** Events committed by jobs reach browsers through Redis and the api processes' socket.io adapter. */
class WorkerEventBridge implements OnApplicationBootstrap, OnApplicationShutdown {
  private redis?: Redis;
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_BROADCASTER) private readonly hub: BroadcasterHub,
  ) {}
  onApplicationBootstrap(): void {
    this.redis = new Redis(this.config.redis.url!, { maxRetriesPerRequest: null });
    this.hub.attach(new RedisEmitterBroadcaster(this.redis, this.config.queue.prefix));
  }
  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/** The worker process: the same libs as the api, consuming BullMQ jobs. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DatabaseModule.forRoot(config, { entities: ENTITIES, migrations: MIGRATIONS, applicationName: 'hotline-desk-worker', migrate: true }),
        QueueModule.forRoot(config),
        CacheBusModule.forRoot(),
        SystemJobsModule,
        DeadlinesModule,
        OrderJobsModule,
        IntakeJobsModule,
        RosteringJobsModule,
        StatsJobsModule,
        ReportsJobsModule,
      ],
      providers: [WorkerEventBridge],
    };
  }
}
