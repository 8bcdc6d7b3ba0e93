import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { OutboxChannels } from './outbox-channels.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { OutboxRepository, outboxState } from './outbox.repository.js';
import { sweepAction } from './outbox-status.js';

/** A message younger than this is left to its own after-commit enqueue (or the queue's own retry). */
export const OUTBOX_SWEEP_GRACE_MS = 60_000;
const BATCH = 500;

/**
 * The periodic safety net: messages whose enqueue was lost (the process stopped between commit and enqueue, the
 * embedded queue's timers died with it) are handed to the queue again under the same job id, so a job that does
 * exist makes this a no-op; messages that waited for a person are sent once their channel has been configured.
 */
@Injectable()
export class OutboxSweep {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly channels: OutboxChannels,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async sweep(): Promise<{ enqueued: number; promoted: number }> {
    const now = this.clock.now();
    const candidates = await OutboxRepository.sweepCandidates(this.dataSource.manager, this.channels.configuredKinds(), BATCH);
    let enqueued = 0;
    let promoted = 0;
    for (const row of candidates) {
      const action = sweepAction(outboxState(row), this.channels.configured(row.kind), now, OUTBOX_SWEEP_GRACE_MS);
      if (action === 'enqueue') {
        await this.dispatcher.enqueue(row.id, row.round);
        enqueued++;
      } else if (action === 'promote') {
        const round = await OutboxRepository.requeue(this.dataSource.manager, row.id, ['manual'], now);
        if (round !== null) {
          await this.dispatcher.enqueue(row.id, round);
          promoted++;
        }
      }
    }
    return { enqueued, promoted };
  }
}
