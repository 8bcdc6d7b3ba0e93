import { Module } from '@nestjs/common';
import { AuditAnchorModule } from '@app/audit';
import { AuditAnchorJob } from './audit-anchor.job.js';
import { AuditController } from './audit.controller.js';
import { AuditExportController } from './audit/audit-export.controller.js';
import { AuditTrailReader } from './audit/audit-trail.reader.js';
import { AuditVerifyJob } from './audit-verify.job.js';
import { HealthController } from './health.controller.js';
import { HousekeepingJob } from './housekeeping.job.js';
import { JobsController } from './jobs.controller.js';
import { RedisProbe } from './redis-probe.js';

/** HTTP side: health, audit trail, job administration. */
@Module({ controllers: [HealthController, AuditController, AuditExportController, JobsController], providers: [RedisProbe, AuditTrailReader] })
export class SystemModule {}

/** Job side: handlers run by the worker (or the embedded process). */
@Module({ imports: [AuditAnchorModule], providers: [AuditAnchorJob, AuditVerifyJob, HousekeepingJob] })
export class SystemJobsModule {}
