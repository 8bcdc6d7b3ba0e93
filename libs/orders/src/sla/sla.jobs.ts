import { Injectable } from '@nestjs/common';
import { HandlesJob, type ClockAlarmPayload, type JobHandler } from '@app/queue';
import { ClockAlarms } from './clock-alarms.service.js';

@Injectable()
@HandlesJob('deadline-warning')
export class DeadlineWarningJob implements JobHandler<'deadline-warning'> {
  constructor(private readonly alarms: ClockAlarms) {}
  async handle(p: ClockAlarmPayload): Promise<boolean> {
    const raised = await this.alarms.raise('warning', p.orderId, p.clock, p.generation);
    // The clock's one delayed job moves on to its overdue alarm (OrderClocks.schedule).
    await this.alarms.scheduleOverdue(p.orderId, p.clock, p.generation);
    return raised;
  }
}

@Injectable()
@HandlesJob('overdue')
export class OverdueJob implements JobHandler<'overdue'> {
  constructor(private readonly alarms: ClockAlarms) {}
  handle(p: ClockAlarmPayload): Promise<boolean> {
    return this.alarms.raise('overdue', p.orderId, p.clock, p.generation);
  }
}

@Injectable()
@HandlesJob('sla-sweep')
export class SlaSweepJob implements JobHandler<'sla-sweep'> {
  constructor(private readonly alarms: ClockAlarms) {}
  handle(): Promise<{ warnings: number; overdue: number }> {
    return this.alarms.sweep();
  }
}
