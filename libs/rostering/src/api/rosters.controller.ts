import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CLOCK, type Clock } from '@app/clock';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import { DutyRoster } from '../duty-roster.service.js';
import { monthOfInstant } from '../beijing-minutes.js';
import { CoverageReport } from '../use-cases/coverage-report.js';
import { EditRosterBody, RosterLifecycle, VersionBody } from '../use-cases/roster-lifecycle.use-case.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const MonthQuery = z.object({ month: month.optional() });
const AtQuery = z.object({ at: z.iso.datetime({ offset: true }).optional() });

@ApiTags('roster 排班')
@ApiBearerAuth()
@Controller('roster')
export class RostersController {
  constructor(
    private readonly lifecycle: RosterLifecycle,
    private readonly duty: DutyRoster,
    private readonly coverage: CoverageReport,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('rosters')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '月度排班表（各版本：草稿、已发布、已被替换）' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(MonthQuery) q: z.infer<typeof MonthQuery>) {
    return this.lifecycle.list(actor, q.month);
  }

  @Get('rosters/:id')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '排班表详情：全部班次与校验结果' })
  detail(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.lifecycle.detail(actor, id);
  }

  @Get('rosters/:id/check')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '独立校验：列出每条违反硬性规则的人员、日期与规则' })
  check(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.lifecycle.check(actor, id);
  }

  @Post('rosters/:id/assignments')
  @HttpCode(200)
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '手工调整草稿（增删班次，须带 version），返回调整后的校验结果' })
  edit(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(EditRosterBody) body: z.infer<typeof EditRosterBody>) {
    return this.lifecycle.edit(actor, id, body);
  }

  @Post('rosters/:id/copy')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '以此排班表为底稿新建草稿版本' })
  copy(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.lifecycle.copy(actor, id);
  }

  @Post('rosters/:id/publish')
  @HttpCode(200)
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '发布排班（有违反硬性规则时拒绝），实时通知排班人员' })
  publish(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(VersionBody) body: z.infer<typeof VersionBody>) {
    return this.lifecycle.publish(actor, id, body.version);
  }

  @Get('on-duty')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '当前在岗人员（含派单资质）' })
  async onDuty(@CurrentActor() actor: SessionActor, @ValidQuery(AtQuery) q: z.infer<typeof AtQuery>) {
    const at = q.at ? new Date(q.at) : this.clock.now();
    return { at, items: await this.duty.onDutyNow(actor.streetCode, at) };
  }

  @Get('coverage')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '实际覆盖：按签到签退统计每日覆盖小时数与需求对比（7×24）' })
  delivered(@CurrentActor() actor: SessionActor, @ValidQuery(MonthQuery) q: z.infer<typeof MonthQuery>) {
    return this.coverage.deliveredOf(actor.streetCode, q.month ?? monthOfInstant(this.clock.now()));
  }
}
