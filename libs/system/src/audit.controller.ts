import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { can, maskFreeTextFields } from '@app/access';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { NotFoundError, ValidQuery } from '@app/errors';
import { JobQueue } from '@app/queue';

const AuditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller()
@RequirePermission('audit.read')
export class AuditController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobQueue,
  ) {}

  @Get('audit')
  @ApiOperation({ summary: '审计日志（只追加，哈希链）' })
  async list(@CurrentActor() actor: SessionActor, @ValidQuery(AuditQuery) q: z.infer<typeof AuditQuery>) {
    const where = ['street_code = $1'];
    const params: unknown[] = [actor.streetCode];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.entityType) add('entity_type = ?', q.entityType);
    if (q.entityId) add('entity_id = ?', q.entityId);
    if (q.actor) add('actor_name = ?', q.actor);
    if (q.action) add('action LIKE ?', q.action.replace(/[%_]/g, '') + '%');
    if (q.from) add('at >= ?', new Date(q.from));
    if (q.to) add('at < ?', new Date(q.to));
    const clause = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_log WHERE ${clause}`, params)) as { total: number }[];
    const items = (await this.dataSource.query(
      `SELECT id, at, actor_id AS "actorId", actor_name AS "actorName", actor_role AS "actorRole", action,
              entity_type AS "entityType", entity_id AS "entityId", before, after, request_id AS "requestId", hash
         FROM audit_log WHERE ${clause} ORDER BY id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    )) as unknown[];
    // New records hold no personal data in clear; records written before that rule are masked as they are read.
    const shown = can(actor.role, 'order.pii.reveal') ? items : items.map((item) => maskFreeTextFields(item));
    return { items: shown, total, page: q.page, pageSize: q.pageSize };
  }

  @Post('admin/audit/verify')
  @HttpCode(202)
  @ApiOperation({ summary: '校验审计哈希链（后台任务）' })
  async verify(@CurrentActor() actor: SessionActor) {
    const id = await this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO audit_verification (requested_by, requested_at) VALUES ($1, $2) RETURNING id`,
        [actor.id, t.now],
      )) as { id: string }[];
      t.audit({ action: 'audit.verify_requested', entityType: 'audit_verification', entityId: row.id });
      t.afterCommit(async () => {
        await this.jobs.enqueue('audit-verify', { verificationId: row.id, requestedBy: actor.id }, { jobId: `audit-verify-${row.id}` });
      });
      return row.id;
    });
    return { id, status: 'queued' };
  }

  @Get('admin/audit/verifications/:id')
  @ApiOperation({ summary: '审计校验结果' })
  async verification(@Param('id', ParseUUIDPipe) id: string) {
    const [row] = (await this.dataSource.query(
      `SELECT id, requested_at AS "requestedAt", finished_at AS "finishedAt", ok, result FROM audit_verification WHERE id = $1`,
      [id],
    )) as { finishedAt: Date | null }[];
    if (!row) throw new NotFoundError('NOT_FOUND', '校验记录不存在');
    return { ...row, status: row.finishedAt ? 'finished' : 'queued' };
  }
}
