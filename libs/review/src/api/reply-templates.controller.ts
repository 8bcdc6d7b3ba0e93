import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import {
  CreateTemplateBody, RenderTemplateBody, ReplyTemplates, TemplateListQuery, UpdateTemplateBody,
} from '../templates/reply-templates.service.js';

@ApiTags('reply-templates 常用答复')
@ApiBearerAuth()
@Controller('reply-templates')
export class ReplyTemplatesController {
  constructor(private readonly templates: ReplyTemplates) {}

  @Get()
  @RequirePermission('order.reply', 'reply_template.manage')
  @ApiOperation({ summary: '常用答复列表；带 category 时只列该分类（及上级分类、通用）的模板；includeInactive=true 时维护者可见已停用的' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(TemplateListQuery) q: z.infer<typeof TemplateListQuery>) {
    return this.templates.list(actor, q.category, q.includeInactive);
  }

  @Post()
  @RequirePermission('reply_template.manage')
  @ApiOperation({ summary: '新增常用答复（占位符如 {{诉求人称呼}}、{{工单编号}}）' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(CreateTemplateBody) body: z.infer<typeof CreateTemplateBody>) {
    return this.templates.create(actor, body);
  }

  @Patch(':id')
  @RequirePermission('reply_template.manage')
  @ApiOperation({ summary: '修改或停用常用答复（须带 version）' })
  update(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(UpdateTemplateBody) body: z.infer<typeof UpdateTemplateBody>) {
    return this.templates.update(actor, id, body);
  }

  @Post(':id/render')
  @HttpCode(200)
  @RequirePermission('order.reply')
  @ApiOperation({ summary: '用工单信息填充常用答复' })
  render(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(RenderTemplateBody) body: z.infer<typeof RenderTemplateBody>) {
    return this.templates.render(actor, id, body.orderId);
  }
}
