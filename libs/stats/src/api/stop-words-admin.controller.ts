import { Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { wordListField } from '@app/reference';
import { StopWordsAdmin } from '../config/stop-words-admin.service.js';

export const STOP_WORD_LIMITS = { maxLength: 10, maxCount: 2000, allowEmpty: true } as const;

const StopWordsBody = z.object({ words: wordListField(STOP_WORD_LIMITS) });

/** 系统管理 → 停用词: what the hotspot keywords of the statistics page and the analysis report leave out. */
@ApiTags('admin 基础资料')
@ApiBearerAuth()
@Controller('admin/stop-words')
export class StopWordsAdminController {
  constructor(private readonly stopWords: StopWordsAdmin) {}

  @Get()
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '停用词：热点关键词不计入的词（含新街道的默认词表）' })
  view(@CurrentActor() actor: SessionActor) {
    return this.stopWords.view(actor.streetCode);
  }

  @Put()
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '替换停用词表（去空格、去重；每词 1–10 字，最多 2000 个）；下次读取统计即生效' })
  replace(@CurrentActor() actor: SessionActor, @ValidBody(StopWordsBody) body: z.infer<typeof StopWordsBody>) {
    return this.stopWords.replace(actor, body.words);
  }
}
