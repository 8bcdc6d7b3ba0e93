import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidQuery } from '@app/errors';
import { HungOrders, HungOrdersQuery } from '../hang/hung-orders.query.js';
import { PeriodQuery, ReviewStats } from '../metrics/review-stats.query.js';
import { ReviewQueue, ReviewQueueQuery } from '../queue/review-queue.query.js';

/** Reading side of review and closing: the reviewer's queue, an order's rounds, metrics, rates, 挂账 list. */
@ApiTags('review 初审与办结')
@ApiBearerAuth()
@Controller()
export class ReviewController {
  constructor(
    private readonly queue: ReviewQueue,
    private readonly stats: ReviewStats,
    private readonly hung: HungOrders,
  ) {}

  @Get('review/queue')
  @RequirePermission('order.approve', 'order.reject')
  @ApiOperation({ summary: '待初审队列：按初审时限先后排序' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(ReviewQueueQuery) q: ReviewQueueQuery) {
    return this.queue.list(actor, q);
  }

  @Get('review/queue/:id')
  @RequirePermission('order.approve', 'order.reject')
  @ApiOperation({ summary: '初审详情：工单、完整时间线、回复、协办回复、附件、自动筛查结果与预判审核项' })
  detail(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queue.detail(actor, id);
  }

  @Get('review/orders/:id/history')
  @RequirePermission('order.read')
  @ApiOperation({ summary: '工单的办理轮次：每次初审的审核项结果与驳回理由、回访记录、剔除申请' })
  history(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queue.history(actor, id);
  }

  @Get('review/metrics')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '初审指标：按承办单位和月份的一次通过率、返工次数、平均审核时长' })
  metrics(@CurrentActor() actor: SessionActor, @ValidQuery(PeriodQuery) q: PeriodQuery) {
    return this.stats.metrics(actor, q);
  }

  @Get('review/rates')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '三率（响应率、解决率、满意率）与综合成绩：按期间内的回访，剔除件不计入分母' })
  rates(@CurrentActor() actor: SessionActor, @ValidQuery(PeriodQuery) q: PeriodQuery) {
    return this.stats.rates(actor, q);
  }

  @Get('hung-orders')
  @RequirePermission('order.read')
  @ApiOperation({ summary: '挂账工单：计划、责任单位、下次进展时间、最新进展；逾期未报进展的标出' })
  hungOrders(@CurrentActor() actor: SessionActor, @ValidQuery(HungOrdersQuery) q: HungOrdersQuery) {
    return this.hung.list(actor, q);
  }
}
