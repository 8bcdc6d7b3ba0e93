import { Module } from '@nestjs/common';
import { DutyRoster } from './duty-roster.service.js';
import { CoverageReport } from './use-cases/coverage-report.js';

/**
 * The read side of rostering other libs depend on — who is on duty, coverage delivered — without the roster's
 * controllers and jobs: the orders lib imports it to grant dispatch and route new orders and alarms.
 */
@Module({
  providers: [DutyRoster, CoverageReport],
  exports: [DutyRoster, CoverageReport],
})
export class DutyModule {}
