import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type RecomputeProvisionalClocksPayload } from '@app/queue';
import { ProvisionalClocks, type ProvisionalRecomputeResult } from './provisional-clocks.service.js';

/** Enqueued by the calendar after a year's holiday rows are stored (DESIGN §14). */
@Injectable()
@HandlesJob('recompute-provisional-clocks')
export class RecomputeProvisionalClocksJob implements JobHandler<'recompute-provisional-clocks'> {
  constructor(private readonly provisional: ProvisionalClocks) {}
  handle(p: RecomputeProvisionalClocksPayload): Promise<ProvisionalRecomputeResult> {
    return this.provisional.recompute(p.streetCode, p.year);
  }
}
