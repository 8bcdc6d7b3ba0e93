import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { JobQueue } from '@app/queue';
import { CalendarService } from './calendar.service.js';
import { enqueueProvisionalRecompute } from './provisional-recompute.js';
import { seedCalendar, type CalendarSeedResult } from './seed-calendar.js';

/**
 * Seeds the holiday calendar and default policy of every existing street on start (api and worker alike). The demo
 * seeder also calls `seedCalendar` right after creating a street, so whichever bootstrap hook runs first, every
 * street ends up seeded; this hook covers installs whose streets predate the calendar tables, and picks up new
 * years from an updated chinese-days package.
 */
@Injectable()
export class CalendarSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarSeeder.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly calendars: CalendarService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedAllStreets();
  }

  async seedAllStreets(): Promise<Record<string, CalendarSeedResult>> {
    const streets = (await this.dataSource.query('SELECT code FROM street ORDER BY code')) as { code: string }[];
    const results: Record<string, CalendarSeedResult> = {};
    for (const { code } of streets) results[code] = await this.seedStreet(code);
    return results;
  }

  async seedStreet(streetCode: string): Promise<CalendarSeedResult> {
    const result = await this.tx.run(systemActor(streetCode, 'calendar-seed'), async (t) => {
      const seeded = await seedCalendar(t.manager, streetCode, t.now);
      if (seeded.holidays > 0 || seeded.years.length > 0 || seeded.policyRows > 0) {
        t.audit({ action: 'calendar.seed', entityType: 'street', entityId: streetCode, after: seeded });
      }
      // A newer chinese-days package knows a year an admin never loaded: its provisional clocks are set again too.
      for (const year of seeded.years) t.afterCommit(() => enqueueProvisionalRecompute(this.jobs, streetCode, year, t.now));
      return seeded;
    });
    if (result.holidays > 0 || result.years.length > 0 || result.policyRows > 0) {
      await this.calendars.changed(streetCode);
      this.logger.log(`calendar for ${streetCode}: ${JSON.stringify(result)}`);
    }
    return result;
  }
}
