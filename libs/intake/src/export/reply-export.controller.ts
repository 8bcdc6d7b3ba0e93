import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidQuery } from '@app/errors';
import { ReplyExports } from '@app/orders';
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
  constructor(private readonly exports: ReplyExports) {}

  @Get('replies')
  @RequirePermission('order.approve', 'order.import')
  @ApiOperation({ summary: '导出已办结工单的答复（平台回传格式，xlsx 或 csv），供上传 12345 平台；未经接口送达的答复记为“已导出”' })
  async replies(@CurrentActor() actor: SessionActor, @ValidQuery(ExportQuery) q: z.infer<typeof ExportQuery>, @Res() res: Response) {
    // The approved replies the platform is owed, from the outbox; those not yet delivered are marked 已导出.
    const replies: ClosedOrderReply[] = (await this.exports.take(actor, { from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined }))
      .map(({ outboxId: _id, ...reply }) => reply);
    const body = q.format === 'csv' ? replyCsv(replies) : await replyXlsx(replies);
    const type = q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    res.set({ 'content-type': type, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`办结回复.${q.format}`)}` });
    res.send(body);
  }
}
