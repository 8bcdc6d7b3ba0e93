import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { can } from '@app/access';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { NotFoundError } from '@app/errors';
import { REPORT_KIND_LABELS, type ReportFormat, type ReportKind } from '../domain/report-kind.js';
import { RUN_COLUMNS, RUN_FROM, type ReportRunRecord, type ReportStatus } from './report-run.record.js';
import { toRecord } from './report-runs.store.js';

export interface ReportListQuery {
  kind?: ReportKind;
  period?: string;
  status?: ReportStatus;
  page: number;
  pageSize: number;
}

/**
 * Reading runs and their files. Whoever may not see personal data (leaders, units) sees only masked runs, so a
 * leader's download is always a masked file; downloads are audited, and an unmasked one as a reveal of personal data.
 */
@Injectable()
export class ReportQueries {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: SessionActor, q: ReportListQuery): Promise<{ items: ReportRunRecord[]; total: number; page: number; pageSize: number }> {
    const { where, params } = this.visible(actor);
    if (q.kind) where.push(`r.kind = $${params.push(q.kind)}`);
    if (q.period) where.push(`r.period_key = $${params.push(q.period)}`);
    if (q.status) where.push(`r.status = $${params.push(q.status)}`);
    const clause = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM report_run r WHERE ${clause}`, params)) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT ${RUN_COLUMNS} FROM ${RUN_FROM} WHERE ${clause} ORDER BY r.requested_at DESC, r.id
        LIMIT $${params.push(q.pageSize)} OFFSET $${params.push((q.page - 1) * q.pageSize)}`,
      params,
    )) as Parameters<typeof toRecord>[0][];
    return { items: rows.map(toRecord), total, page: q.page, pageSize: q.pageSize };
  }

  async get(actor: SessionActor, id: string): Promise<ReportRunRecord> {
    const { where, params } = this.visible(actor);
    where.push(`r.id = $${params.push(id)}`);
    const [row] = (await this.dataSource.query(`SELECT ${RUN_COLUMNS} FROM ${RUN_FROM} WHERE ${where.join(' AND ')}`, params)) as Parameters<typeof toRecord>[0][];
    if (!row) throw new NotFoundError('REPORT_NOT_FOUND', '报表不存在或无权查看');
    return toRecord(row);
  }

  /** The file of a finished run (its first format unless one is named), with a name that carries the version. */
  async download(actor: SessionActor, id: string, format?: ReportFormat): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const run = await this.get(actor, id);
    if (run.status !== 'done') throw new NotFoundError('REPORT_NOT_READY', `该报表尚未生成完成（${statusLabel(run.status)}），完成后即可下载`);
    const info = format ? run.files.find((f) => f.format === format) : run.files[0];
    if (!info) throw new NotFoundError('REPORT_FORMAT_NOT_FOUND', `该报表没有 .${format} 格式的文件`);
    return this.tx.run(actor, async (t) => {
      const [file] = (await t.manager.query('SELECT data FROM report_file WHERE report_id = $1 AND format = $2', [id, info.format])) as { data: Buffer }[];
      t.audit({
        action: 'report.download',
        entityType: 'report_run',
        entityId: id,
        after: { kind: run.kind, period: run.periodKey, version: run.version, format: info.format, sha256: info.sha256, personalData: !run.masked },
      });
      const suffix = run.masked ? '' : '_含个人信息';
      return { fileName: `${REPORT_KIND_LABELS[run.kind]}_${run.periodKey}_第${run.version}版${suffix}.${info.format}`, contentType: info.contentType, data: file.data };
    });
  }

  private visible(actor: SessionActor): { where: string[]; params: unknown[] } {
    const params: unknown[] = [actor.streetCode];
    const where = ['r.street_code = $1'];
    if (!can(actor.role, 'order.pii.reveal')) where.push('r.masked');
    return { where, params };
  }
}

function statusLabel(status: ReportStatus): string {
  return { queued: '排队中', running: '生成中', done: '已完成', failed: '生成失败' }[status];
}
