import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '@app/queue';
import { StatsRefresher } from './stats-refresher.js';

/** Every minute: folds the orders changed since into the facts and rollups, so dashboards read settled numbers. */
@Injectable()
@HandlesJob('stats-refresh')
export class StatsRefreshJob implements JobHandler<'stats-refresh'> {
  constructor(private readonly refresher: StatsRefresher) {}
  async handle(): Promise<{ refreshed: number }> {
    return { refreshed: await this.refresher.refreshPending() };
  }
}
