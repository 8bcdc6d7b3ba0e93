import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import { DecideExclusionBody, ExclusionListQuery, Exclusions, RequestExclusionBody } from '../exclusions/exclusions.service.js';

@ApiTags('exclusions 剔除申请')
@ApiBearerAuth()
@Controller()
export class ExclusionsController {
  constructor(private readonly exclusions: Exclusions) {}

  @Post('orders/:id/exclusion-requests')
  @RequirePermission('order.exclusion.request')
  @ApiOperation({ summary: '提交剔除申请（理由与证明材料）' })
  request(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(RequestExclusionBody) body: z.infer<typeof RequestExclusionBody>) {
    return this.exclusions.request(actor, id, body);
  }

  @Get('exclusion-requests')
  @RequirePermission('order.exclusion.request', 'order.exclusion.decide')
  @ApiOperation({ summary: '剔除申请列表' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(ExclusionListQuery) q: z.infer<typeof ExclusionListQuery>) {
    return this.exclusions.list(actor, q.status);
  }

  @Post('exclusion-requests/:id/decision')
  @HttpCode(200)
  @RequirePermission('order.exclusion.decide')
  @ApiOperation({ summary: '值班长审批剔除申请；批准后工单不计入三率分母' })
  decide(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(DecideExclusionBody) body: z.infer<typeof DecideExclusionBody>) {
    return this.exclusions.decide(actor, id, body);
  }
}
