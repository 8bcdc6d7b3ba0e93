import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { actorOfUser } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE, returnedRows, TransactionRunner } from '@app/database';
import { JOBS, type JobContext } from '@app/queue';
import { Rooms } from '@app/realtime';
import { ImportBatchWriter, type RowResult } from './import-batch.writer.js';
import { ImportFileError } from './import-file-error.js';
import { sourceRows, type ImportFormat, type SourceRow } from './import-source.js';
import { mapUpstreamRow, type MappedRow } from './map-upstream-row.js';
import { indexColumns } from './upstream-columns.js';

/** Rows per transaction: progress is pushed and results are kept per batch; only one batch is held in memory. */
export const IMPORT_BATCH_SIZE = 200;

interface ImportRecord {
  id: string;
  street_code: string;
  file_format: ImportFormat;
  file_data: Buffer;
  status: string;
  uploaded_by: string | null;
}

/**
 * Runs an uploaded platform export (DESIGN §9 `upstream-import`). Idempotent: rows that already have a result
 * are skipped, so a retried job continues where the failed attempt stopped, and a finished import is a no-op.
 * Every import ends `done` or `failed`: a bad file fails at once, anything else when the queue's last attempt
 * fails (issue 13: imports used to stay `queued` forever).
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger(ImportRunner.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly writer: ImportBatchWriter,
  ) {}

  async run(importId: string, ctx: JobContext): Promise<Record<string, unknown>> {
    const [record] = (await this.dataSource.query(
      'SELECT id, street_code, file_format, file_data, status, uploaded_by FROM order_import WHERE id = $1',
      [importId],
    )) as ImportRecord[];
    if (!record) return { skipped: 'import not found' };
    if (record.status === 'done' || record.status === 'failed') return { skipped: `already ${record.status}` };
    const actor = await this.actorOf(record);
    const rooms = record.uploaded_by ? [Rooms.user(record.uploaded_by)] : [Rooms.role('supervisor')];
    try {
      const { total, encoding } = await this.countRows(record);
      await this.dataSource.query(
        `UPDATE order_import SET status = 'running', started_at = COALESCE(started_at, now()), total_rows = $2, encoding = $3 WHERE id = $1`,
        [importId, total, encoding],
      );
      await this.processRows(record, actor, rooms, total, ctx);
      return await this.finish(record, actor, rooms, total);
    } catch (error) {
      if (error instanceof ImportFileError) {
        await this.fail(importId, actor, rooms, error);
        return { failed: error.code };
      }
      const attempts = JOBS['upstream-import'].retry.attempts;
      this.logger.warn(`import ${importId} attempt ${ctx.attempt}/${attempts} failed: ${(error as Error).message}`);
      if (ctx.attempt >= attempts) {
        // No retry follows: say so on the import page; the job itself keeps the error for the admins' job list.
        await this.fail(importId, actor, rooms, new ImportFileError(
          'IMPORT_INTERNAL_ERROR',
          `导入因系统内部错误中断（已自动重试 ${attempts} 次），已处理的行结果保留；请稍后重新上传同一文件（已导入的工单不会重复创建），如仍失败请联系系统管理员`,
          { attempts },
        ));
      }
      throw error; // the job retries; finished rows are kept
    }
  }

  private async fail(importId: string, actor: Actor, rooms: string[], error: ImportFileError): Promise<void> {
    await this.tx.run(actor, async (t) => {
      await t.manager.query(
        `UPDATE order_import SET status = 'failed', error_code = $2, error_message = $3, finished_at = $4 WHERE id = $1`,
        [importId, error.code, error.message, t.now],
      );
      t.audit({ action: 'import.fail', entityType: 'order_import', entityId: importId, after: { code: error.code, message: error.message, ...error.details } });
      t.emit('import.progress', rooms, { id: importId, kind: 'upstream-import', done: 0, total: null, message: error.message });
    });
  }

  /** First pass: the header must have the platform's columns, and the data rows must be within the limit. */
  private async countRows(record: ImportRecord): Promise<{ total: number; encoding: string | null }> {
    const { rows, encoding } = sourceRows(record.file_format, record.file_data, this.limits());
    let header: SourceRow | null = null;
    let total = 0;
    for await (const row of rows) {
      if (!header) {
        header = row;
        const { missing } = indexColumns(row.cells.map((c) => (c === null ? '' : String(c))));
        if (missing.length) {
          throw new ImportFileError('IMPORT_MISSING_COLUMNS', `第 1 行表头缺少必需的列：${missing.join('、')}（请使用 12345 平台导出的原始文件）`, { missing });
        }
        continue;
      }
      if (row.cells.some((c) => c !== null && String(c).trim() !== '')) total++;
    }
    if (!header) throw new ImportFileError('IMPORT_EMPTY_FILE', '文件为空，没有表头和数据行');
    if (total > this.config.intake.maxImportRows) {
      throw new ImportFileError('IMPORT_TOO_MANY_ROWS', `文件共 ${total} 行数据，超过单次导入上限 ${this.config.intake.maxImportRows} 行，请拆分后分批导入`, {
        rows: total, maxRows: this.config.intake.maxImportRows,
      });
    }
    return { total, encoding };
  }

  private async processRows(record: ImportRecord, actor: Actor, rooms: string[], total: number, ctx: JobContext): Promise<void> {
    const [{ last, done }] = (await this.dataSource.query(
      'SELECT COALESCE(max(row_no), 0)::int AS last, count(*)::int AS done FROM order_import_row WHERE import_id = $1',
      [record.id],
    )) as { last: number; done: number }[];
    const categories = new Set(
      ((await this.dataSource.query('SELECT path FROM category WHERE street_code = $1 AND active', [record.street_code])) as { path: string }[]).map((c) => c.path),
    );
    const context = { categoryExists: (path: string) => categories.has(path) };
    const { rows } = sourceRows(record.file_format, record.file_data, this.limits());
    let index: ReturnType<typeof indexColumns>['index'] | null = null;
    let batch: MappedRow[] = [];
    let processed = done;
    // The batch being written. The next one is read and mapped meanwhile, so Node works while PostgreSQL does (they
    // took turns: issue 14); it is written only once this one has committed, so results still commit in row order
    // and a retry resumes exactly after the last stored row.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (!batch.length) return;
      const full = batch;
      batch = [];
      await writing;
      writing = this.writeBatch(record, actor, rooms, full, processed, total).then(async (n) => {
        processed += n;
        await ctx.progress({ done: processed, total });
      });
      writing.catch(() => undefined); // awaited by the next flush or below; not an unhandled rejection meanwhile
    };
    try {
      for await (const row of rows) {
        if (!index) {
          index = indexColumns(row.cells.map((c) => (c === null ? '' : String(c)))).index;
          continue;
        }
        if (row.rowNo <= last) continue;
        const mapped = mapUpstreamRow(row.cells, index, row.rowNo, context);
        if (!mapped) continue;
        batch.push(mapped);
        if (batch.length >= IMPORT_BATCH_SIZE) await flush();
      }
    } catch (error) {
      await writing.catch(() => undefined); // never leave a batch's transaction running behind the failure
      throw error;
    }
    await flush();
    await writing;
  }

  /** One transaction: the orders, the rows' results, the counters and the progress event commit together. */
  private async writeBatch(record: ImportRecord, actor: Actor, rooms: string[], batch: MappedRow[], doneBefore: number, total: number): Promise<number> {
    return this.tx.run(actor, async (t) => {
      const results = await this.writer.write(t, batch);
      await insertResults(t.manager, record.id, results);
      const count = (o: string) => results.filter((r) => r.outcome === o).length;
      await t.manager.query(
        `UPDATE order_import SET processed_rows = processed_rows + $2, created_count = created_count + $3, updated_count = updated_count + $4,
                unchanged_count = unchanged_count + $5, error_count = error_count + $6 WHERE id = $1`,
        [record.id, results.length, count('created'), count('updated'), count('unchanged'), count('error')],
      );
      t.emit('import.progress', rooms, { id: record.id, kind: 'upstream-import', done: doneBefore + results.length, total });
      return results.length;
    });
  }

  private async finish(record: ImportRecord, actor: Actor, rooms: string[], total: number): Promise<Record<string, unknown>> {
    return this.tx.run(actor, async (t) => {
      const [summary] = returnedRows<{ created_count: number; updated_count: number; unchanged_count: number; error_count: number }>(
        await t.manager.query(
          `UPDATE order_import SET status = 'done', finished_at = $2 WHERE id = $1
           RETURNING created_count, updated_count, unchanged_count, error_count`,
          [record.id, t.now],
        ),
      );
      const counts = { created: summary.created_count, updated: summary.updated_count, unchanged: summary.unchanged_count, errors: summary.error_count };
      t.audit({ action: 'import.finish', entityType: 'order_import', entityId: record.id, after: { total, ...counts } });
      t.emit('import.progress', rooms, {
        id: record.id, kind: 'upstream-import', done: total, total,
        message: `导入完成：新建 ${counts.created}，更新 ${counts.updated}，无变化 ${counts.unchanged}，错误 ${counts.errors}`,
      });
      this.logger.log(`import ${record.id}: ${JSON.stringify(counts)}`);
      return { total, ...counts };
    });
  }

  private limits() {
    return { maxUncompressedBytes: this.config.intake.maxImportUncompressedBytes, maxCellChars: this.config.intake.maxImportCellChars };
  }

  private actorOf(record: ImportRecord): Promise<Actor> {
    return actorOfUser(this.dataSource.manager, record.uploaded_by, record.street_code, 'upstream-import');
  }
}

async function insertResults(m: EntityManager, importId: string, results: RowResult[]): Promise<void> {
  if (!results.length) return;
  const params: unknown[] = [importId];
  const values = results.map((r) => {
    params.push(r.rowNo, r.upstreamNo, r.outcome, r.orderId, r.changedFields, JSON.stringify(r.errors));
    const n = params.length;
    return `($1, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::text[], $${n}::jsonb)`;
  });
  await m.query(
    `INSERT INTO order_import_row (import_id, row_no, upstream_no, outcome, order_id, changed_fields, errors) VALUES ${values.join(', ')}
     ON CONFLICT (import_id, row_no) DO NOTHING`,
    params,
  );
}
