import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { DATA_SOURCE, returnedRows, TransactionRunner } from '@app/database';
import { Rooms } from '@app/realtime';
import { CONTENT_TYPES, REPORT_KIND_LABELS } from '../domain/report-kind.js';
import { RUN_COLUMNS, RUN_FROM, type ProducedFile, type ReportRunRecord } from './report-run.record.js';

/**
 * The one door to `report_run` and `report_file`. A run's files and its version number are written in one
 * transaction, under a lock per (street, kind, period, masked), so versions count 1, 2, 3 … without gaps or twins
 * and nothing half-written is ever listed.
 */
@Injectable()
export class ReportRunsStore {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async find(id: string): Promise<ReportRunRecord | null> {
    const [row] = (await this.dataSource.query(`SELECT ${RUN_COLUMNS} FROM ${RUN_FROM} WHERE r.id = $1`, [id])) as RawRun[];
    return row ? toRecord(row) : null;
  }

  /** Marks the run started (another attempt); null when there is nothing to do (finished, or no such run). */
  async start(id: string, actor: Actor): Promise<ReportRunRecord | null> {
    const started = await this.tx.run(actor, async (t) => {
      const rows = returnedRows(await t.manager.query(
        `UPDATE report_run SET status = 'running', attempts = attempts + 1, started_at = COALESCE(started_at, $2),
                progress_done = 0, progress_total = NULL, progress_message = NULL
          WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
        [id, t.now],
      ));
      return rows.length > 0;
    });
    return started ? this.find(id) : null;
  }

  async progress(run: ReportRunRecord, actor: Actor, done: number, total: number | null, message?: string): Promise<void> {
    await this.tx.run(actor, async (t) => {
      await t.manager.query(
        `UPDATE report_run SET progress_done = $2, progress_total = $3, progress_message = $4 WHERE id = $1 AND status = 'running'`,
        [run.id, done, total, message ?? null],
      );
      t.emit('report.progress', roomsOf(run), { id: run.id, kind: run.kind, done, total, message });
    });
  }

  /** Stores the finished files and numbers the version, in one transaction. */
  async complete(run: ReportRunRecord, actor: Actor, files: ProducedFile[]): Promise<ReportRunRecord> {
    const contents = await Promise.all(
      files.map(async (f) => {
        const data = await readFile(f.path);
        return { ...f, data, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
      }),
    );
    await this.tx.run(actor, async (t) => {
      await t.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${run.streetCode}:${run.kind}:${run.periodKey}:${run.masked}`]);
      const [state] = (await t.manager.query(`SELECT status FROM report_run WHERE id = $1 FOR UPDATE`, [run.id])) as { status: string }[];
      if (state?.status !== 'running') return; // finished by an earlier attempt that was thought dead
      const [{ next }] = (await t.manager.query(
        `SELECT COALESCE(max(version), 0) + 1 AS next FROM report_run
          WHERE street_code = $1 AND kind = $2 AND period_key = $3 AND masked = $4 AND version IS NOT NULL`,
        [run.streetCode, run.kind, run.periodKey, run.masked],
      )) as { next: number }[];
      for (const f of contents) {
        await t.manager.query(
          `INSERT INTO report_file (report_id, format, file_name, content_type, size, sha256, data, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [run.id, f.format, f.fileName, CONTENT_TYPES[f.format], f.size, f.sha256, f.data, t.now],
        );
      }
      await t.manager.query(
        `UPDATE report_run SET status = 'done', version = $2, finished_at = $3, error_code = NULL, error_message = NULL,
                progress_done = COALESCE(progress_total, progress_done) WHERE id = $1`,
        [run.id, next, t.now],
      );
      t.audit({
        action: 'report.complete',
        entityType: 'report_run',
        entityId: run.id,
        after: { kind: run.kind, period: run.periodKey, version: next, masked: run.masked, files: contents.map((f) => ({ format: f.format, size: f.size, sha256: f.sha256 })) },
      });
      t.emit('report.ready', roomsOf(run), { id: run.id, kind: run.kind, period: run.periodKey });
    });
    return (await this.find(run.id))!;
  }

  /** An attempt failed: kept visible with its error; `final` when no retry follows. */
  async failed(run: ReportRunRecord, actor: Actor, error: { code: string; message: string }, final: boolean): Promise<void> {
    await this.tx.run(actor, async (t) => {
      await t.manager.query(
        `UPDATE report_run SET status = CASE WHEN $4 THEN 'failed' ELSE status END, error_code = $2, error_message = $3,
                finished_at = CASE WHEN $4 THEN $5::timestamptz ELSE finished_at END
          WHERE id = $1 AND status = 'running'`,
        [run.id, error.code, error.message.slice(0, 2000), final, t.now],
      );
      if (final) {
        t.audit({ action: 'report.fail', entityType: 'report_run', entityId: run.id, after: { kind: run.kind, period: run.periodKey, ...error } });
        t.emit('report.progress', roomsOf(run), { id: run.id, kind: run.kind, done: 0, total: null, message: `${REPORT_KIND_LABELS[run.kind]}生成失败：${error.message}` });
      }
    });
  }
}

/** The requester hears about their run; a scheduled run is announced to the supervisors. */
export function roomsOf(run: Pick<ReportRunRecord, 'requestedBy'>): string[] {
  return run.requestedBy ? [Rooms.user(run.requestedBy)] : [Rooms.role('supervisor'), Rooms.role('leader')];
}

type RawRun = Omit<ReportRunRecord, 'requestedAt' | 'startedAt' | 'finishedAt'> & {
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export function toRecord(row: RawRun): ReportRunRecord {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return { ...row, requestedAt: iso(row.requestedAt)!, startedAt: iso(row.startedAt), finishedAt: iso(row.finishedAt) };
}
