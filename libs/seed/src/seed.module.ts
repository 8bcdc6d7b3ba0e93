import { Module, type DynamicModule } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { SEED_OPTIONS, SeederService } from './seeder.service.js';

@Module({})
export class SeedModule {
  static forRoot(options: { enabled: boolean }): DynamicModule {
    return {
      module: SeedModule,
      imports: [DeadlinesModule],
      providers: [{ provide: SEED_OPTIONS, useValue: options }, SeederService],
      exports: [SeederService],
    };
  }
}
