import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { DATA_SOURCE, returnedRows, TransactionRunner, type Tx } from '@app/database';
import { Rooms, type RosterGenerationPayload } from '@app/realtime';

export type GenerationStatus = RosterGenerationPayload['status'];

export interface GenerationProgress {
  incumbent: number | null;
  bound: number | null;
  gap: number | null;
  elapsedMs: number;
}

export interface RosterGenerationRecord {
  id: string;
  streetCode: string;
  month: string;
  method: 'optimiser' | 'greedy';
  timeLimitSeconds: number;
  status: GenerationStatus;
  cancelRequested: boolean;
  progress: GenerationProgress | null;
  rosterId: string | null;
  /** The draft's revision number within its month. */
  rosterRevision: number | null;
  report: Record<string, unknown> | null;
  errorMessage: string | null;
  requestedBy: string;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const COLUMNS = `id, street_code AS "streetCode", month, method, time_limit_seconds AS "timeLimitSeconds", status,
  cancel_requested AS "cancelRequested", progress, roster_id AS "rosterId", report, error_message AS "errorMessage",
  requested_by AS "requestedBy", requested_at AS "requestedAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

/** The one door to `roster_generation`: every state change is written with its realtime event to the requester. */
@Injectable()
export class RosterGenerationStore {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async find(id: string, street?: string): Promise<RosterGenerationRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = (await this.dataSource.query(
      `SELECT ${COLUMNS}, (SELECT revision FROM roster r WHERE r.id = roster_id) AS "rosterRevision"
       FROM roster_generation WHERE id = $1 AND ($2::text IS NULL OR street_code = $2)`,
      [
      id,
      street ?? null,
      ],
    )) as RosterGenerationRecord[];
    return row ?? null;
  }

  async create(t: Tx, input: { month: string; method: 'optimiser' | 'greedy'; timeLimitSeconds: number }): Promise<RosterGenerationRecord> {
    const [row] = (await t.manager.query(
      `INSERT INTO roster_generation (street_code, month, method, time_limit_seconds, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [t.actor.streetCode, input.month, input.method, input.timeLimitSeconds, t.actor.id, t.now],
    )) as RosterGenerationRecord[];
    return row;
  }

  /** queued → running; null when there is nothing to run (finished, cancelled before it started, or unknown). */
  async start(id: string, actor: Actor): Promise<RosterGenerationRecord | null> {
    return this.tx.run(actor, async (t) => {
      const [row] = returnedRows<RosterGenerationRecord>(
        await t.manager.query(
          `UPDATE roster_generation SET status = 'running', started_at = $2 WHERE id = $1 AND status = 'queued' AND NOT cancel_requested RETURNING ${COLUMNS}`,
          [id, t.now],
        ),
      );
      if (row) emit(t, row, { status: 'running' });
      return row ?? null;
    });
  }

  async progress(run: RosterGenerationRecord, actor: Actor, progress: GenerationProgress): Promise<void> {
    await this.tx.run(actor, async (t) => {
      await t.manager.query(`UPDATE roster_generation SET progress = $2::jsonb WHERE id = $1 AND status = 'running'`, [run.id, JSON.stringify(progress)]);
      emit(t, run, { status: 'running', ...progress });
    });
  }

  async cancelRequested(id: string): Promise<boolean> {
    const [row] = (await this.dataSource.query('SELECT cancel_requested FROM roster_generation WHERE id = $1', [id])) as { cancel_requested: boolean }[];
    return row?.cancel_requested ?? false;
  }

  /** Asks a generation to stop: a queued one is cancelled at once, a running one by its job at the solver's next checkpoint. */
  async requestCancel(t: Tx, run: RosterGenerationRecord): Promise<void> {
    const [row] = returnedRows<RosterGenerationRecord>(
      await t.manager.query(
        `UPDATE roster_generation SET cancel_requested = true,
           status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
           finished_at = CASE WHEN status = 'queued' THEN $2::timestamptz ELSE finished_at END
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [run.id, t.now],
      ),
    );
    if (row?.status === 'cancelled') emit(t, row, { status: 'cancelled' });
  }

  /** The roster is saved in the same transaction (`t`): done (or cancelled, keeping the best roster found). */
  async finish(t: Tx, run: RosterGenerationRecord, outcome: { rosterId: string; report: unknown; cancelled: boolean; progress: GenerationProgress }): Promise<void> {
    const status: GenerationStatus = outcome.cancelled ? 'cancelled' : 'done';
    await t.manager.query(
      `UPDATE roster_generation SET status = $2, roster_id = $3, report = $4::jsonb, progress = $5::jsonb, finished_at = $6 WHERE id = $1`,
      [run.id, status, outcome.rosterId, JSON.stringify(outcome.report), JSON.stringify(outcome.progress), t.now],
    );
    emit(t, run, { status, rosterId: outcome.rosterId, ...outcome.progress });
  }

  async fail(run: RosterGenerationRecord, actor: Actor, message: string): Promise<void> {
    await this.tx.run(actor, async (t) => {
      await t.manager.query(`UPDATE roster_generation SET status = 'failed', error_message = $2, finished_at = $3 WHERE id = $1`, [run.id, message.slice(0, 2000), t.now]);
      emit(t, run, { status: 'failed', message });
    });
  }
}

function emit(t: Tx, run: Pick<RosterGenerationRecord, 'id' | 'month' | 'requestedBy' | 'progress'>, change: Partial<RosterGenerationPayload>): void {
  const last = run.progress;
  t.emit('roster.generation', [Rooms.user(run.requestedBy)], {
    id: run.id,
    month: run.month,
    status: 'queued',
    incumbent: last?.incumbent ?? null,
    bound: last?.bound ?? null,
    gap: last?.gap ?? null,
    elapsedMs: last?.elapsedMs ?? 0,
    rosterId: null,
    ...change,
  });
}

