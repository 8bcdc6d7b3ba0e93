import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import { OutboxCommands } from './outbox-commands.js';
import { OutboxListQuery, OutboxQueries } from './outbox-queries.js';

const MarkDoneBody = z.object({ note: z.string().trim().max(500).optional() });

@ApiTags('outbox 平台同步与短信')
@ApiBearerAuth()
@Controller('outbox')
export class OutboxController {
  constructor(
    private readonly queries: OutboxQueries,
    private readonly commands: OutboxCommands,
  ) {}

  @Get()
  @RequirePermission('outbox.read')
  @ApiOperation({ summary: '待报送平台与告知市民的消息：状态（待发送、已送达、发送失败、待导出、待电话告知……）、尝试次数、错误、下次重试；电话已脱敏' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(OutboxListQuery) q: OutboxListQuery) {
    return this.queries.list(actor, q);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @RequirePermission('outbox.manage')
  @ApiOperation({ summary: '重新发送（发送失败或未送出的消息）；已送达的消息不会重复发送' })
  retry(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.commands.retry(actor, id);
  }

  @Post(':id/mark-done')
  @HttpCode(200)
  @RequirePermission('outbox.manage')
  @ApiOperation({ summary: '已电话告知市民（未配置短信接口或短信发送失败时），记入审计' })
  markDone(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(MarkDoneBody) body: z.infer<typeof MarkDoneBody>) {
    return this.commands.markDone(actor, id, body.note);
  }
}
