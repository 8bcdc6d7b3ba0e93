import { Module } from '@nestjs/common';
import { StatsController } from './api/stats.controller.js';
import { StopWordsAdminController } from './api/stop-words-admin.controller.js';
import { RateConfigAdmin } from './config/rate-config-admin.service.js';
import { StopWordsAdmin } from './config/stop-words-admin.service.js';
import { StatsQueries } from './query/stats-queries.js';
import { StatsRefreshJob } from './rollups/stats-refresh.job.js';
import { StatsRefresher } from './rollups/stats-refresher.js';
import { StatsVerifier } from './rollups/stats-verifier.js';

/** HTTP side of the statistics layer: the queries every screen and report reads, and the scoring settings. */
@Module({
  controllers: [StatsController, StopWordsAdminController],
  providers: [StatsRefresher, StatsVerifier, StatsQueries, RateConfigAdmin, StopWordsAdmin],
  exports: [StatsQueries, StatsRefresher, StatsVerifier],
})
export class StatsModule {}

/** Job side: keeps facts and rollups current. */
@Module({
  providers: [StatsRefresher, StatsRefreshJob],
})
export class StatsJobsModule {}
