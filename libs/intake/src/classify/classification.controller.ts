import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { OrderClassification } from './classification.use-case.js';

const PreviewBody = z.object({
  address: z.string().trim().min(1).max(200),
  content: z.string().trim().max(5000).default(''),
  category: z.string().trim().max(200).optional(),
});
const OverrideBody = z.object({
  version: z.number().int().min(1),
  communityId: z.uuid('所属社区 ID 无效').nullable().optional(),
  category: z.string().trim().min(1).max(200).optional(),
  unitId: z.uuid('承办单位 ID 无效').optional(),
  reason: z.string().trim().max(500).optional(),
});

@ApiTags('intake 接单')
@ApiBearerAuth()
@Controller()
export class ClassificationController {
  constructor(private readonly classification: OrderClassification) {}

  @Post('intake/classify')
  @HttpCode(200)
  @RequirePermission('order.create')
  @ApiOperation({ summary: '录入时的建议：所属社区（地名录）、问题分类（关键词规则）、承办单位（派单规则），均附理由' })
  preview(@CurrentActor() actor: SessionActor, @ValidBody(PreviewBody) body: z.infer<typeof PreviewBody>) {
    return this.classification.preview(actor, body);
  }

  @Get('orders/:id/suggestions')
  @RequirePermission('order.read')
  @ApiOperation({ summary: '工单的分类建议及理由' })
  suggestions(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.classification.forOrder(actor, id);
  }

  @Post('orders/:id/classification')
  @HttpCode(200)
  @RequirePermission('order.create')
  @ApiOperation({ summary: '坐席修改所属社区、问题分类或建议承办单位（与建议不同之处记入时间线和审计）' })
  override(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(OverrideBody) body: z.infer<typeof OverrideBody>) {
    return this.classification.override(actor, id, body);
  }
}
