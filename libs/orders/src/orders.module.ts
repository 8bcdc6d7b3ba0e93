import { LocalNumberDrawer } from './persistence/local-number-drawer.js';
import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { OrdersController } from './api/orders.controller.js';
import { ActOnOrder } from './use-cases/act-on-order.use-case.js';
import { IntakeOrder } from './use-cases/intake-order.use-case.js';
import { IntakeOrderBatch } from './use-cases/intake-order-batch.use-case.js';
import { IntakeHooks } from './use-cases/intake-hooks.js';
import { OrderDetailParts } from './use-cases/order-detail-parts.js';
import { OrderActors } from './use-cases/order-actors.js';
import { DeskAudience } from './use-cases/desk-audience.js';
import { DutyModule } from '@app/rostering';
import { SyncUpstreamOrder } from './use-cases/sync-upstream-order.js';
import { OrderEffectsRunner } from './use-cases/order-effects.runner.js';
import { OrderQueries } from './use-cases/order-queries.js';
import { RevealCitizenPii } from './use-cases/reveal-pii.use-case.js';
import { ClockAlarms } from './sla/clock-alarms.service.js';
import { OrderClocks } from './sla/order-clocks.js';
import { OverdueRecorder } from './sla/overdue-recorder.js';
import { OrderWriter } from './writer/order-writer.js';
import { OrderReadsModule } from './reads/order-reads.js';
import { DeadlineWarningJob, OverdueJob, SlaSweepJob } from './sla/sla.jobs.js';
import { HangProgressAlarms } from './sla/hang-progress-alarms.service.js';
import { HangProgressDueJob, HangProgressSweepJob } from './sla/hang-progress.jobs.js';
import { ProvisionalClocks } from './sla/provisional-clocks.service.js';
import { RecomputeProvisionalClocksJob } from './sla/provisional-clocks.job.js';
import { OUTBOX_CONTROLLERS, OUTBOX_HTTP_PROVIDERS, OUTBOX_JOB_PROVIDERS } from './outbox/outbox.providers.js';
import { ReplyExports } from './outbox/reply-exports.js';

const CORE = [OrderClocks, OverdueRecorder, ClockAlarms, HangProgressAlarms, DeskAudience, OrderWriter, LocalNumberDrawer];

/** HTTP side of orders. */
@Module({
  imports: [DeadlinesModule, DutyModule, OrderReadsModule],
  controllers: [OrdersController, ...OUTBOX_CONTROLLERS],
  providers: [...CORE, IntakeOrder, IntakeOrderBatch, ActOnOrder, OrderEffectsRunner, OrderQueries, RevealCitizenPii, IntakeHooks, SyncUpstreamOrder, OrderDetailParts, OrderActors, ...OUTBOX_HTTP_PROVIDERS],
  exports: [...CORE, IntakeOrder, IntakeOrderBatch, ActOnOrder, OrderQueries, IntakeHooks, SyncUpstreamOrder, OrderDetailParts, ReplyExports],
})
export class OrdersModule {}

/** Job side of orders: the SLA alarms. */
@Module({
  imports: [DeadlinesModule, DutyModule, OrderReadsModule],
  providers: [...CORE, DeadlineWarningJob, OverdueJob, SlaSweepJob, HangProgressDueJob, HangProgressSweepJob, ProvisionalClocks, RecomputeProvisionalClocksJob, ...OUTBOX_JOB_PROVIDERS],
  exports: [ClockAlarms, HangProgressAlarms],
})
export class OrderJobsModule {}
