import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { BadRequestError, ValidQuery } from '@app/errors';
import { AuditFilter, givenFilters } from './audit-filter.js';
import { AUDIT_EXPORT_MAX_ROWS, writeAuditExport } from './audit-export.writer.js';
import { AuditTrailReader } from './audit-trail.reader.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Refuses an export longer than the cap, asking to narrow the filter (a stable code, a Chinese message). */
export function assertExportSize(rows: number, max = AUDIT_EXPORT_MAX_ROWS): void {
  if (rows > max) {
    throw new BadRequestError(
      'AUDIT_EXPORT_TOO_LARGE',
      `符合条件的审计记录有 ${rows.toLocaleString('en-US')} 条，超过单次导出上限 ${max.toLocaleString('en-US')} 条，请缩小时间范围或增加筛选条件后再导出`,
      { rows, max },
    );
  }
}

@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller('admin/audit')
@RequirePermission('audit.read')
export class AuditExportController {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly trail: AuditTrailReader,
  ) {}

  @Get('export')
  @ApiOperation({ summary: '导出筛选后的审计日志（Excel）；个人信息一律脱敏；导出本身记入审计' })
  async export(@CurrentActor() actor: SessionActor, @ValidQuery(AuditFilter) filter: AuditFilter, @Res() res: Response) {
    // Counted and recorded first, in one unit of work: the file then holds exactly the records counted (up to the
    // last of them), whatever is appended while it streams — the `audit.exported` record included.
    const { lastId } = await this.tx.run(actor, async (t) => {
      const counted = await this.trail.count(actor.streetCode, filter, t.manager);
      assertExportSize(counted.total);
      t.audit({ action: 'audit.exported', entityType: 'audit_log', entityId: null, after: { filters: givenFilters(filter), rows: counted.total } });
      return counted;
    });
    res.set({ 'content-type': XLSX_TYPE, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('审计日志.xlsx')}` });
    await writeAuditExport(res, this.trail.batches(actor.streetCode, filter, lastId ?? '0'));
  }
}
