import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { CreateChecklistItemBody, ReviewChecklistAdmin, UpdateChecklistItemBody } from '../admin/review-checklist-admin.service.js';
import { CreatePhraseBody, ScreeningPhrases } from '../admin/screening-phrases.service.js';

/** The admin's review settings: the checklist (DESIGN §6) and the screening word lists (九不准/六不许). */
@ApiTags('admin 管理')
@ApiBearerAuth()
@Controller('admin')
export class ReviewAdminController {
  constructor(
    private readonly checklist: ReviewChecklistAdmin,
    private readonly phrases: ScreeningPhrases,
  ) {}

  @Get('review-checklist')
  @RequirePermission('admin.reference', 'order.approve')
  @ApiOperation({ summary: '初审审核项（含停用项）' })
  listItems(@CurrentActor() actor: SessionActor) {
    return this.checklist.list(actor);
  }

  @Post('review-checklist')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '新增审核项（naAllowed：可否判定为不适用，默认否）' })
  createItem(@CurrentActor() actor: SessionActor, @ValidBody(CreateChecklistItemBody) body: z.infer<typeof CreateChecklistItemBody>) {
    return this.checklist.create(actor, body);
  }

  @Patch('review-checklist/:code')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '修改、排序、停用审核项或设定可否判定为不适用（须带 version）' })
  updateItem(@CurrentActor() actor: SessionActor, @Param('code') code: string, @ValidBody(UpdateChecklistItemBody) body: z.infer<typeof UpdateChecklistItemBody>) {
    return this.checklist.update(actor, code, body);
  }

  @Get('screening-phrases')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '答复筛查词表：推诿用语与禁用表述' })
  listPhrases(@CurrentActor() actor: SessionActor) {
    return this.phrases.list(actor);
  }

  @Post('screening-phrases')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '新增筛查词条' })
  addPhrase(@CurrentActor() actor: SessionActor, @ValidBody(CreatePhraseBody) body: z.infer<typeof CreatePhraseBody>) {
    return this.phrases.add(actor, body);
  }

  @Delete('screening-phrases/:id')
  @HttpCode(204)
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '删除筛查词条' })
  removePhrase(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.phrases.remove(actor, id);
  }
}
