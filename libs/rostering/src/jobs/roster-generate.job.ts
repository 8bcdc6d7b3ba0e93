import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { actorOfUser } from '@app/auth';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { HandlesJob, type JobHandler, type JobPayload } from '@app/queue';
import type { MipProgress } from '@app/roster';
import { RosterGenerationStore, type GenerationProgress } from '../persistence/roster-generation.store.js';
import { GenerateRoster } from '../use-cases/generate-roster.use-case.js';

/** Progress reaches the browser at most this often; the cancel flag is read as often. */
const PROGRESS_EVERY_MS = 1_000;

/**
 * `roster-generate`: solves one requested generation and stores its roster as a draft, with the generation's outcome,
 * in one transaction. A generation that is not queued (done, cancelled before it started) is skipped, so a
 * duplicated job changes nothing.
 */
@Injectable()
@HandlesJob('roster-generate')
export class RosterGenerateJob implements JobHandler<'roster-generate'> {
  private readonly logger = new Logger(RosterGenerateJob.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly store: RosterGenerationStore,
    private readonly generator: GenerateRoster,
  ) {}

  async handle({ generationId }: JobPayload<'roster-generate'>): Promise<unknown> {
    const found = await this.store.find(generationId);
    if (!found) return { skipped: 'no such generation' };
    const actor = await actorOfUser(this.dataSource.manager, found.requestedBy, found.streetCode, 'roster-generate');
    const run = await this.store.start(generationId, actor);
    if (!run) return { skipped: `already ${found.status}` };

    const abort = new AbortController();
    let latest: GenerationProgress = { incumbent: null, bound: null, gap: null, elapsedMs: 0 };
    let lastWrite = 0;
    let writing = Promise.resolve();
    const onProgress = (progress: MipProgress) => {
      latest = progress;
      if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = Date.now();
      writing = writing.then(() => this.store.progress(run, actor, progress)).catch((error) => this.logger.warn(`progress of ${run.id}: ${error}`));
    };
    const poll = setInterval(() => {
      void this.store.cancelRequested(run.id).then((cancel) => cancel && abort.abort(), () => undefined);
    }, PROGRESS_EVERY_MS);
    try {
      const input = { month: run.month, method: run.method, timeLimitSeconds: run.timeLimitSeconds };
      const { report, save } = await this.generator.solve(actor, input, { onProgress, signal: abort.signal });
      clearInterval(poll);
      await writing;
      const rosterId = await this.tx.run(actor, async (t) => {
        const { id } = await save(t);
        // The final figures are those of the roster kept (the quick rota's, when the solver did not beat it).
        const progress = { ...latest, incumbent: report.objective, bound: report.bestBound, gap: report.gap };
        await this.store.finish(t, run, { rosterId: id, report, cancelled: report.cancelled, progress });
        return id;
      });
      return { generationId, rosterId, status: report.status, cancelled: report.cancelled };
    } catch (error) {
      await writing;
      await this.store.fail(run, actor, error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      clearInterval(poll);
    }
  }
}
