import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { DEMO_SEEDER, SEED_OPTIONS, SeederService, type DemoSeedRunner } from './seeder.service.js';

@Module({})
export class SeedModule {
  /** `demo`: the demo seeder class, passed in by the composition root so that this library never depends on it. */
  static forRoot(options: { enabled: boolean; demo?: Type<DemoSeedRunner> }): DynamicModule {
    return {
      module: SeedModule,
      imports: [DeadlinesModule],
      providers: [
        { provide: SEED_OPTIONS, useValue: { enabled: options.enabled } },
        SeederService,
        ...(options.demo ? [{ provide: DEMO_SEEDER, useClass: options.demo }] : []),
      ],
      exports: [SeederService],
    };
  }
}
