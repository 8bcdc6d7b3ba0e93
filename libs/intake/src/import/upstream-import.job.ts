import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobContext, type JobHandler, type JobPayload } from '@app/queue';
import { ImportRunner } from './import-runner.js';

/** `imports` queue: one uploaded platform export, row by row in batches. */
@Injectable()
@HandlesJob('upstream-import')
export class UpstreamImportJob implements JobHandler<'upstream-import'> {
  constructor(private readonly runner: ImportRunner) {}

  handle(payload: JobPayload<'upstream-import'>, ctx: JobContext): Promise<unknown> {
    return this.runner.run(payload.importId, ctx);
  }
}
