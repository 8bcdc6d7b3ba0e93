import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CacheBus } from './cache-bus.js';
import { RedisCacheBusTransport } from './redis-cache-bus.transport.js';

/** Subscribes before the process serves anything, so no change committed after start-up is missed. */
@Injectable()
class CacheBusLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly bus: CacheBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // With Redis the api and worker may be separate processes; the embedded driver means one process, no transport.
    if (this.config.redis.url) await this.bus.connect(new RedisCacheBusTransport(this.config.redis.url, this.config.queue.prefix));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

@Global()
@Module({})
export class CacheBusModule {
  static forRoot(): DynamicModule {
    return { module: CacheBusModule, providers: [CacheBus, CacheBusLifecycle], exports: [CacheBus] };
  }
}
