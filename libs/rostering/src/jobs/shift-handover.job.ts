import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { HandlesJob, type JobHandler } from '@app/queue';
import { HandoverSources } from '../persistence/handover-sources.js';
import { Handovers } from '../use-cases/handovers.use-case.js';

/** Shifts that ended this long ago or less are still handed over (covers restarts and missed runs). */
const LOOK_BACK_MS = 3 * 3600_000;

/**
 * 交接班 at shift end (DESIGN §7): every few minutes, each shift of a published roster that has just ended gets its
 * handover gathered. Idempotent: one handover per (date, shift), so reruns and several workers change nothing.
 */
@Injectable()
@HandlesJob('shift-handover')
export class ShiftHandoverJob implements JobHandler<'shift-handover'> {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly handovers: Handovers,
  ) {}

  async handle(): Promise<{ prepared: number }> {
    const now = this.clock.now();
    const streets = (await this.dataSource.query('SELECT code FROM street ORDER BY code')) as { code: string }[];
    let prepared = 0;
    for (const { code } of streets) {
      const ended = await HandoverSources.endedWithoutHandover(this.dataSource.manager, code, new Date(now.getTime() - LOOK_BACK_MS), now);
      for (const shift of ended) {
        await this.tx.run(systemActor(code, 'shift-handover'), (t) => this.handovers.prepareIn(t, shift.date, shift.shiftCode));
        prepared += 1;
      }
    }
    return { prepared };
  }
}
