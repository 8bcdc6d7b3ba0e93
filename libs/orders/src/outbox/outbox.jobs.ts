import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobContext, type JobHandler, type OutboxDeliverPayload } from '@app/queue';
import { OutboxDelivery, type DeliveryOutcome } from './outbox-delivery.service.js';
import { OutboxSweep } from './outbox-sweep.service.js';

@Injectable()
@HandlesJob('outbox-deliver')
export class OutboxDeliverJob implements JobHandler<'outbox-deliver'> {
  constructor(private readonly delivery: OutboxDelivery) {}
  handle(p: OutboxDeliverPayload, ctx: JobContext): Promise<DeliveryOutcome> {
    return this.delivery.deliver(p.outboxId, ctx);
  }
}

@Injectable()
@HandlesJob('outbox-sweep')
export class OutboxSweepJob implements JobHandler<'outbox-sweep'> {
  constructor(private readonly sweeper: OutboxSweep) {}
  handle(): Promise<{ enqueued: number; promoted: number }> {
    return this.sweeper.sweep();
  }
}
