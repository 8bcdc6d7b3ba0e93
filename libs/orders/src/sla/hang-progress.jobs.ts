import { Injectable } from '@nestjs/common';
import { HandlesJob, type HangProgressPayload, type JobHandler } from '@app/queue';
import { HangProgressAlarms } from './hang-progress-alarms.service.js';

@Injectable()
@HandlesJob('hang-progress-due')
export class HangProgressDueJob implements JobHandler<'hang-progress-due'> {
  constructor(private readonly alarms: HangProgressAlarms) {}
  handle(p: HangProgressPayload): Promise<boolean> {
    return this.alarms.raise(p.orderId, p.dueAt);
  }
}

@Injectable()
@HandlesJob('hang-progress-sweep')
export class HangProgressSweepJob implements JobHandler<'hang-progress-sweep'> {
  constructor(private readonly alarms: HangProgressAlarms) {}
  handle(): Promise<{ alarms: number }> {
    return this.alarms.sweep();
  }
}
