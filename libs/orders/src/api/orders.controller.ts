import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import { answerWith, IdempotencyKey } from '@app/idempotency';
import { ORDER_ACTIONS } from '../domain/index.js';
import { ActOnOrder } from '../use-cases/act-on-order.use-case.js';
import { IntakeOrder, IntakeOrderBody, type IntakeOrderInput } from '../use-cases/intake-order.use-case.js';
import { OrderListQuery, OrderQueries } from '../use-cases/order-queries.js';
import { RevealCitizenPii } from '../use-cases/reveal-pii.use-case.js';

const RevealBody = z.object({ reason: z.string().trim().max(200).optional() });

@ApiTags('orders 工单')
@ApiBearerAuth()
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly queries: OrderQueries,
    private readonly intake: IntakeOrder,
    private readonly act: ActOnOrder,
    private readonly reveal: RevealCitizenPii,
  ) {}

  @Get()
  @RequirePermission('order.read')
  @ApiOperation({ summary: '工单列表：状态、类型、紧急程度、社区、承办单位、超期、关键词、时间段筛选；分页排序' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(OrderListQuery) q: OrderListQuery) {
    return this.queries.list(actor, q);
  }

  @Post()
  @RequirePermission('order.create')
  @ApiOperation({ summary: '手工录入工单（接单）；带 Idempotency-Key 时重复提交不会重复建单' })
  async create(
    @CurrentActor() actor: SessionActor,
    @ValidBody(IntakeOrderBody) body: IntakeOrderInput,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answerWith(res, await this.intake.execute(actor, body, idempotencyKey));
  }

  @Get(':id')
  @RequirePermission('order.read')
  @ApiOperation({ summary: '工单详情：时间线、时限、当前用户可执行的操作（allowedActions）' })
  detail(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(actor, id);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @RequirePermission('order.read')
  @ApiOperation({ summary: `工单操作（${ORDER_ACTIONS.join('、')}），请求体须带 version；权限与状态由状态机判定` })
  @ApiBody({ schema: { type: 'object', required: ['version'], properties: { version: { type: 'integer' } }, additionalProperties: true } })
  action(
    @CurrentActor() actor: SessionActor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('action') action: string,
    @Body() body: Record<string, unknown>,
  ) {
    return this.act.execute(actor, id, action, body && typeof body === 'object' ? body : {});
  }

  @Post(':id/reveal')
  @HttpCode(200)
  @RequirePermission('order.pii.reveal')
  @ApiOperation({ summary: '查看诉求人完整姓名和电话（记入审计）' })
  revealPii(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(RevealBody) body: z.infer<typeof RevealBody>) {
    return this.reveal.execute(actor, id, body.reason);
  }
}
