import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { OrdersController } from './api/orders.controller.js';
import { ActOnOrder } from './use-cases/act-on-order.use-case.js';
import { IntakeOrder } from './use-cases/intake-order.use-case.js';
import { OrderEffectsRunner } from './use-cases/order-effects.runner.js';
import { OrderQueries } from './use-cases/order-queries.js';
import { RevealCitizenPii } from './use-cases/reveal-pii.use-case.js';
import { ClockAlarms } from './sla/clock-alarms.service.js';
import { OrderClocks } from './sla/order-clocks.js';
import { DeadlineWarningJob, OverdueJob, SlaSweepJob } from './sla/sla.jobs.js';

const CORE = [OrderClocks, ClockAlarms];

/** HTTP side of orders. */
@Module({
  imports: [DeadlinesModule],
  controllers: [OrdersController],
  providers: [...CORE, IntakeOrder, ActOnOrder, OrderEffectsRunner, OrderQueries, RevealCitizenPii],
  exports: [...CORE, IntakeOrder, ActOnOrder, OrderQueries],
})
export class OrdersModule {}

/** Job side of orders: the SLA alarms. */
@Module({
  imports: [DeadlinesModule],
  providers: [...CORE, DeadlineWarningJob, OverdueJob, SlaSweepJob],
  exports: [ClockAlarms],
})
export class OrderJobsModule {}
