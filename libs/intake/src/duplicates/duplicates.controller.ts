import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { OrderDuplicates } from './order-duplicates.use-case.js';

const MergeBody = z.object({
  version: z.number().int().min(1),
  masterId: z.uuid('主工单 ID 无效'),
  note: z.string().trim().max(500).optional(),
});
const DismissBody = z.object({ reason: z.string().trim().min(2, '请说明不是重复件的理由').max(500) });

@ApiTags('orders 工单')
@ApiBearerAuth()
@Controller('orders/:id/duplicates')
export class DuplicatesController {
  constructor(private readonly duplicates: OrderDuplicates) {}

  @Get()
  @RequirePermission('order.read')
  @ApiOperation({ summary: '疑似重复：候选工单、相似度与理由；主工单则列出并入的重复件' })
  show(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.duplicates.show(actor, id);
  }

  @Post('merge')
  @HttpCode(200)
  @RequirePermission('order.merge')
  @ApiOperation({ summary: '合并重复件：本工单并入主工单（状态机 merge），主工单时间线同时记录' })
  merge(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(MergeBody) body: z.infer<typeof MergeBody>) {
    return this.duplicates.merge(actor, id, body);
  }

  @Post('dismiss')
  @HttpCode(200)
  @RequirePermission('order.merge')
  @ApiOperation({ summary: '排除疑似重复（记录理由）' })
  dismiss(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(DismissBody) body: z.infer<typeof DismissBody>) {
    return this.duplicates.dismiss(actor, id, body.reason);
  }
}
