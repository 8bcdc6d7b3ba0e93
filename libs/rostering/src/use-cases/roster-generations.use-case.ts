import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/access';
import { TransactionRunner } from '@app/database';
import { NotFoundError } from '@app/errors';
import { JobQueue } from '@app/queue';
import { RosterGenerationStore, type RosterGenerationRecord } from '../persistence/roster-generation.store.js';
import type { GenerateRosterInput } from './generate-roster.use-case.js';

const STATUS_LABELS: Record<RosterGenerationRecord['status'], string> = {
  queued: '排队中',
  running: '求解中',
  done: '已完成',
  failed: '失败',
  cancelled: '已取消',
};

export function generationView(run: RosterGenerationRecord) {
  return {
    id: run.id,
    month: run.month,
    method: run.method,
    timeLimitSeconds: run.timeLimitSeconds,
    status: run.status,
    statusLabel: STATUS_LABELS[run.status],
    cancelRequested: run.cancelRequested,
    progress: run.progress,
    rosterId: run.rosterId,
    rosterRevision: run.rosterRevision ?? null,
    report: run.report,
    error: run.errorMessage,
    requestedAt: run.requestedAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

/**
 * 排班生成 as a job (issue 14): the request records a generation and queues `roster-generate` after commit, so the
 * HTTP call returns at once; progress is read here or heard as `roster.generation`. Cancelling a running solve keeps
 * the best roster found so far (never worse than the quick rota it started from) as the draft, marked cancelled.
 */
@Injectable()
export class RosterGenerations {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly store: RosterGenerationStore,
    private readonly jobs: JobQueue,
  ) {}

  async request(actor: Actor, input: GenerateRosterInput) {
    const created = await this.tx.run(actor, async (t) => {
      const row = await this.store.create(t, input);
      t.audit({ action: 'roster.generation.request', entityType: 'roster_generation', entityId: row.id, after: { ...input } });
      t.afterCommit(() => this.jobs.enqueue('roster-generate', { generationId: row.id }, { jobId: `roster-generate-${row.id}` }).then(() => undefined));
      return row;
    });
    return generationView(created);
  }

  async get(actor: Actor, id: string) {
    return generationView(await this.found(actor, id));
  }

  async cancel(actor: Actor, id: string) {
    const run = await this.found(actor, id);
    if (run.status === 'queued' || run.status === 'running') {
      await this.tx.run(actor, async (t) => {
        await this.store.requestCancel(t, run);
        t.audit({ action: 'roster.generation.cancel', entityType: 'roster_generation', entityId: run.id, after: { status: run.status } });
      });
    }
    return generationView((await this.store.find(id))!);
  }

  private async found(actor: Actor, id: string): Promise<RosterGenerationRecord> {
    const run = await this.store.find(id, actor.streetCode);
    if (!run) throw new NotFoundError('ROSTER_GENERATION_NOT_FOUND', '排班生成任务不存在', { id });
    return run;
  }
}
