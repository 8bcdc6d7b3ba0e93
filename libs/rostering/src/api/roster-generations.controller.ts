import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { GenerateRosterBody, type GenerateRosterInput } from '../use-cases/generate-roster.use-case.js';
import { RosterGenerations } from '../use-cases/roster-generations.use-case.js';

/** 排班生成 (issue 14): start a generation (a `roster-generate` job), follow it, cancel it. */
@ApiTags('roster 排班')
@ApiBearerAuth()
@Controller('roster')
export class RosterGenerationsController {
  constructor(private readonly generations: RosterGenerations) {}

  // `generate` is the short form DESIGN §13 and the acceptance checks use; `rosters/generate` reads better in a list.
  @Post(['generate', 'rosters/generate'])
  @HttpCode(202)
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '生成月度排班草稿：排队后台求解，立即返回生成任务；进度（当前解、最优界、差距）经 roster.generation 推送' })
  generate(@CurrentActor() actor: SessionActor, @ValidBody(GenerateRosterBody) body: GenerateRosterInput) {
    return this.generations.request(actor, body);
  }

  @Get('generations/:id')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '排班生成任务：状态、进度、生成的草稿与求解报告' })
  get(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.generations.get(actor, id);
  }

  @Post('generations/:id/cancel')
  @HttpCode(200)
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '取消排班生成：排队中的直接取消；求解中的停止求解，保留目前最好的排班为草稿（标记已取消）' })
  cancel(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.generations.cancel(actor, id);
  }
}
