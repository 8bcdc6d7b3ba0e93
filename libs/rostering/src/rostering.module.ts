import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { RosterOperationsController } from './api/roster-operations.controller.js';
import { RosterSetupController } from './api/roster-setup.controller.js';
import { RosterGenerationsController } from './api/roster-generations.controller.js';
import { RostersController } from './api/rosters.controller.js';
import { DutyModule } from './duty.module.js';
import { RosterGenerateJob } from './jobs/roster-generate.job.js';
import { ShiftHandoverJob } from './jobs/shift-handover.job.js';
import { RosterGenerationStore } from './persistence/roster-generation.store.js';
import { Attendance } from './use-cases/attendance.use-case.js';
import { AttendanceRecords } from './use-cases/attendance-records.js';
import { GenerateRoster } from './use-cases/generate-roster.use-case.js';
import { Handovers } from './use-cases/handovers.use-case.js';
import { RosterContextLoader } from './use-cases/roster-context.loader.js';
import { RosterGenerations } from './use-cases/roster-generations.use-case.js';
import { RosterLifecycle } from './use-cases/roster-lifecycle.use-case.js';
import { RosterSetup } from './use-cases/roster-setup.use-case.js';
import { SickCalls } from './use-cases/sick-calls.use-case.js';
import { SwapRequests } from './use-cases/swap-requests.use-case.js';

/** HTTP side of rostering (DESIGN §7): `/api/roster/...`. */
@Module({
  imports: [DeadlinesModule, DutyModule],
  controllers: [RosterSetupController, RostersController, RosterGenerationsController, RosterOperationsController],
  providers: [RosterContextLoader, RosterSetup, RosterGenerationStore, RosterGenerations, RosterLifecycle, SwapRequests, SickCalls, Attendance, AttendanceRecords, Handovers],
  exports: [DutyModule],
})
export class RosteringModule {}

/** Job side of rostering: handovers gathered at shift end, roster generations solved. */
@Module({
  imports: [DeadlinesModule, DutyModule],
  providers: [Handovers, ShiftHandoverJob, RosterContextLoader, GenerateRoster, RosterGenerationStore, RosterGenerateJob],
  exports: [DutyModule],
})
export class RosteringJobsModule {}
