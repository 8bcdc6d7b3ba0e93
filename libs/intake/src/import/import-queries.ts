import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE } from '@app/database';
import { NotFoundError } from '@app/errors';

export const ImportRowsQuery = z.object({
  outcome: z.enum(['created', 'updated', 'unchanged', 'error']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ImportRowsQuery = z.infer<typeof ImportRowsQuery>;

export const ImportListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ImportListQuery = z.infer<typeof ImportListQuery>;

interface ImportRowResult {
  rowNo: number;
  upstreamNo: string | null;
  outcome: keyof typeof OUTCOME_LABELS;
  orderId: string | null;
  changedFields: string[];
  errors: { column: string; message: string }[];
}

const OUTCOME_LABELS = { created: '新建', updated: '更新', unchanged: '无变化', error: '错误' } as const;

/** Imports and their per-row report, as kept for audit. */
@Injectable()
export class ImportQueries {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(actor: SessionActor, { page, pageSize }: ImportListQuery) {
    const items = (await this.dataSource.query(
      `SELECT i.id, i.file_name AS "fileName", i.file_format AS format, i.status, i.total_rows AS total, i.processed_rows AS processed,
              i.created_count AS created, i.updated_count AS updated, i.unchanged_count AS unchanged, i.error_count AS errors,
              i.uploaded_at AS "uploadedAt", u.display_name AS "uploadedBy", i.finished_at AS "finishedAt"
         FROM order_import i LEFT JOIN app_user u ON u.id = i.uploaded_by
        WHERE i.street_code = $1 ORDER BY i.uploaded_at DESC LIMIT $2 OFFSET $3`,
      [actor.streetCode, pageSize, (page - 1) * pageSize],
    )) as Record<string, unknown>[];
    const [{ total }] = (await this.dataSource.query('SELECT count(*)::int AS total FROM order_import WHERE street_code = $1', [actor.streetCode])) as { total: number }[];
    return { items, total, page, pageSize };
  }

  async detail(actor: SessionActor, id: string) {
    const [row] = (await this.dataSource.query(
      `SELECT i.id, i.file_name, i.file_format, i.file_size, i.file_sha256, i.encoding, i.status, i.total_rows, i.processed_rows, i.created_count,
              i.updated_count, i.unchanged_count, i.error_count, i.error_code, i.error_message, i.uploaded_at, i.started_at, i.finished_at,
              u.display_name AS uploaded_by_name
         FROM order_import i LEFT JOIN app_user u ON u.id = i.uploaded_by WHERE i.id = $1 AND i.street_code = $2`,
      [id, actor.streetCode],
    )) as Record<string, never>[];
    if (!row) throw new NotFoundError('IMPORT_NOT_FOUND', '导入记录不存在', { importId: id });
    const errors = await this.rows(actor, id, { outcome: 'error', page: 1, pageSize: 1000 });
    return {
      id: row.id,
      fileName: row.file_name,
      format: row.file_format,
      fileSize: row.file_size,
      sha256: row.file_sha256,
      encoding: row.encoding,
      status: row.status,
      total: row.total_rows,
      processed: row.processed_rows,
      counts: { created: row.created_count, updated: row.updated_count, unchanged: row.unchanged_count, errors: row.error_count },
      error: row.error_code ? { code: row.error_code, message: row.error_message } : null,
      uploadedAt: row.uploaded_at,
      uploadedBy: row.uploaded_by_name,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      // `row` is the spreadsheet row number the user sees (header = 1), as in the platform's own error reports.
      errors: errors.items.map((item) => ({ row: item.rowNo, ...item })),
    };
  }

  async rows(actor: SessionActor, id: string, q: ImportRowsQuery) {
    const filter = q.outcome ? 'AND r.outcome = $3' : '';
    const params: unknown[] = [id, actor.streetCode, ...(q.outcome ? [q.outcome] : [])];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM order_import_row r JOIN order_import i ON i.id = r.import_id WHERE r.import_id = $1 AND i.street_code = $2 ${filter}`,
      params,
    )) as { total: number }[];
    const items = ((await this.dataSource.query(
      `SELECT r.row_no AS "rowNo", r.upstream_no AS "upstreamNo", r.outcome, r.order_id AS "orderId", r.changed_fields AS "changedFields", r.errors
         FROM order_import_row r JOIN order_import i ON i.id = r.import_id
        WHERE r.import_id = $1 AND i.street_code = $2 ${filter}
        ORDER BY r.row_no LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    )) as ImportRowResult[]).map((r) => ({ ...r, outcomeLabel: OUTCOME_LABELS[r.outcome] }));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** The uploaded file as it was received (audit). */
  async file(actor: SessionActor, id: string): Promise<{ name: string; format: string; data: Buffer }> {
    const [row] = (await this.dataSource.query('SELECT file_name, file_format, file_data FROM order_import WHERE id = $1 AND street_code = $2', [id, actor.streetCode])) as {
      file_name: string; file_format: string; file_data: Buffer;
    }[];
    if (!row) throw new NotFoundError('IMPORT_NOT_FOUND', '导入记录不存在', { importId: id });
    return { name: row.file_name, format: row.file_format, data: row.file_data };
  }
}
