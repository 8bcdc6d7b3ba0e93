import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { DATA_SOURCE } from '@app/database';
import { ValidQuery } from '@app/errors';
import { replyCsv, replyXlsx, type ClosedOrderReply } from './reply-export.js';

const ExportQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

@ApiTags('intake 接单')
@ApiBearerAuth()
@Controller('intake/exports')
export class ReplyExportController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get('replies')
  @RequirePermission('order.approve', 'order.import')
  @ApiOperation({ summary: '导出已办结工单的答复（平台回传格式，xlsx 或 csv），供上传 12345 平台' })
  async replies(@CurrentActor() actor: SessionActor, @ValidQuery(ExportQuery) q: z.infer<typeof ExportQuery>, @Res() res: Response) {
    const rows = (await this.dataSource.query(
      `SELECT o.upstream_no, o.closed_at, o.reply, u.name AS unit_name
         FROM work_order o LEFT JOIN unit u ON u.id = o.lead_unit_id
        WHERE o.street_code = $1 AND o.status IN ('closed', 'visited') AND o.upstream_no IS NOT NULL
          AND ($2::timestamptz IS NULL OR o.closed_at >= $2) AND ($3::timestamptz IS NULL OR o.closed_at < $3)
        ORDER BY o.closed_at`,
      [actor.streetCode, q.from ?? null, q.to ?? null],
    )) as { upstream_no: string; closed_at: Date; reply: Record<string, unknown> | null; unit_name: string | null }[];
    const replies: ClosedOrderReply[] = rows.map((r) => ({
      upstreamNo: r.upstream_no,
      closedAt: new Date(r.closed_at),
      result: (r.reply?.result as string) ?? null,
      content: (r.reply?.content as string) ?? '',
      contacted: typeof r.reply?.contacted === 'boolean' ? (r.reply.contacted as boolean) : null,
      contactedAt: r.reply?.contactedAt ? new Date(r.reply.contactedAt as string) : null,
      contactMethod: (r.reply?.contactMethod as string) ?? null,
      unitName: r.unit_name,
    }));
    const body = q.format === 'csv' ? replyCsv(replies) : await replyXlsx(replies);
    const type = q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    res.set({ 'content-type': type, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`办结回复.${q.format}`)}` });
    res.send(body);
  }
}
