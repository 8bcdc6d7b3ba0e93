import { rm } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { actorOfUser, type SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { DomainError } from '@app/errors';
import { JOBS, type JobContext } from '@app/queue';
import { REPORT_KIND_LABELS, type ReportKind } from '../domain/report-kind.js';
import type { ReportRunContext } from '../domain/report-run.js';
import type { ReportRunRecord } from '../store/report-run.record.js';
import { ReportRunsStore } from '../store/report-runs.store.js';
import { ReportProducers } from './report-producers.js';
import { scratchDir } from './scratch-dirs.js';

/** Progress reaches the browser at most this often (plus the last step). */
const PROGRESS_EVERY_MS = 1_000;

/**
 * Runs one `report_run`: files are made in a scratch directory and stored with their version in one transaction
 * (ReportRunsStore.complete); a failed attempt leaves the run visible with its error and BullMQ retries it.
 * A finished run is a no-op, so a retried or duplicated job never makes a second version.
 */
@Injectable()
export class ReportJobRunner {
  private readonly logger = new Logger(ReportJobRunner.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly store: ReportRunsStore,
    private readonly producers: ReportProducers,
  ) {}

  find(reportId: string): Promise<ReportRunRecord | null> {
    return this.store.find(reportId);
  }

  async run(kind: ReportKind, reportId: string, job: JobContext): Promise<Record<string, unknown>> {
    const found = await this.store.find(reportId);
    if (!found || found.kind !== kind) return { skipped: 'no such report' };
    const actor = await this.actorOf(found);
    const run = await this.store.start(reportId, actor);
    if (!run) return { skipped: `already ${found.status}` };
    const dir = await scratchDir();
    try {
      const ctx = this.contextFor(run, actor);
      const files = await this.producers.produce(kind, ctx, dir, baseNameOf(run));
      const done = await this.store.complete(run, actor, files);
      return { reportId, version: done.version, files: done.files.map((f) => ({ format: f.format, size: f.size })) };
    } catch (error) {
      const final = job.attempt >= JOBS[kind].retry.attempts;
      const reason = error instanceof DomainError ? { code: error.code, message: error.message } : { code: 'REPORT_FAILED', message: errorText(error) };
      this.logger.warn(`${kind} ${reportId} attempt ${job.attempt} failed: ${reason.message}`);
      await this.store.failed(run, actor, reason, final);
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private contextFor(run: ReportRunRecord, actor: Actor): ReportRunContext {
    let last = 0;
    return {
      reportId: run.id,
      // The statistics layer reads in the requester's scope; a scheduled run reads the whole street.
      actor: { ...actor, id: actor.id ?? '', sessionId: `report:${run.id}` } as SessionActor,
      period: run.period,
      masked: run.masked,
      now: this.clock.now(),
      progress: async (done, total, message) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS && done !== total) return;
        last = now;
        await this.store.progress(run, actor, done, total, message);
      },
    };
  }

  private actorOf(run: ReportRunRecord): Promise<Actor> {
    return actorOfUser(this.dataSource.manager, run.requestedBy, run.streetCode, 'reports');
  }
}

/** 月度工单台账_2026-11 (脱敏) — the version is added when the file is downloaded. */
export function baseNameOf(run: Pick<ReportRunRecord, 'kind' | 'periodKey'>): string {
  return `${REPORT_KIND_LABELS[run.kind]}_${run.periodKey}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
