import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { ChainVerdict } from '@app/audit';
import { can } from '@app/access';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { NotFoundError, ValidQuery } from '@app/errors';
import { JobQueue } from '@app/queue';
import { AuditFilter } from './audit/audit-filter.js';
import { AuditTrailReader } from './audit/audit-trail.reader.js';

const AuditQuery = AuditFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

interface VerificationRow {
  id: string;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  ok: boolean | null;
  checked: number;
  total: number | null;
  result: ChainVerdict[] | null;
}

@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller()
@RequirePermission('audit.read')
export class AuditController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobQueue,
    private readonly trail: AuditTrailReader,
  ) {}

  @Get('audit')
  @ApiOperation({ summary: '审计日志（只追加，哈希链）：按操作人、对象、操作前缀、时间筛选，每条附可读的变更' })
  async list(@CurrentActor() actor: SessionActor, @ValidQuery(AuditQuery) q: z.infer<typeof AuditQuery>) {
    const { total } = await this.trail.count(actor.streetCode, q);
    const items = await this.trail.page(actor.streetCode, q, q.page, q.pageSize, can(actor.role, 'order.pii.reveal'));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  @Post('admin/audit/verify')
  @HttpCode(202)
  @ApiOperation({ summary: '校验本街道的审计哈希链（后台任务）' })
  async verify(@CurrentActor() actor: SessionActor) {
    const id = await this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO audit_verification (requested_by, requested_at, street_code) VALUES ($1, $2, $3) RETURNING id`,
        [actor.id, t.now, actor.streetCode],
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
  @ApiOperation({ summary: '审计校验的进度（已校验 / 总数）与结果（通过，或第一条断裂的记录）' })
  async verification(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    const [row] = (await this.dataSource.query(
      `SELECT id, requested_at AS "requestedAt", started_at AS "startedAt", finished_at AS "finishedAt", ok, checked, total, result
         FROM audit_verification WHERE id = $1 AND street_code = $2`,
      [id, actor.streetCode],
    )) as VerificationRow[];
    if (!row) throw new NotFoundError('AUDIT_VERIFICATION_NOT_FOUND', '校验记录不存在');
    const status = row.finishedAt ? 'finished' : row.startedAt ? 'running' : 'queued';
    const verdict = row.result?.find((v) => v.streetCode === actor.streetCode);
    const broken = verdict?.firstBroken;
    return {
      id: row.id, status, requestedAt: row.requestedAt, startedAt: row.startedAt, finishedAt: row.finishedAt, ok: row.ok,
      progress: { checked: row.checked, total: row.total },
      // "断裂于第 N 条": the records before it verified, so it is the (records + 1)-th of the street's chain.
      firstBroken: broken ? { ...broken, position: (verdict?.records ?? 0) + 1 } : null,
      result: row.result,
    };
  }
}
