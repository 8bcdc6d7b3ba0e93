import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { CheckDuplicates, CheckDuplicatesBody } from './check-duplicates.use-case.js';

/** The intake form's check while the operator types (debounced by the client), before the order exists. */
@ApiTags('intake 接单')
@ApiBearerAuth()
@Controller('intake/duplicates')
export class DuplicateCheckController {
  constructor(private readonly duplicates: CheckDuplicates) {}

  @Post('check')
  @HttpCode(200)
  @RequirePermission('order.create')
  @ApiOperation({ summary: '接单时查重：按来电号码、地址（院/楼）、分类与内容查找疑似重复的已有工单' })
  check(@CurrentActor() actor: SessionActor, @ValidBody(CheckDuplicatesBody) body: z.infer<typeof CheckDuplicatesBody>) {
    return this.duplicates.check(actor, body);
  }
}
