import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import {
  CreateKeywordRuleBody, KeywordTrialBody, UpdateKeywordRuleBody,
  type CreateKeywordRuleInput, type KeywordTrialInput, type UpdateKeywordRuleInput,
} from './keyword-rules-admin.schemas.js';
import { KeywordRulesAdminService } from './keyword-rules-admin.service.js';

/** 系统管理 → 关键词规则: which words in an order's content suggest which category, effective for the next intake. */
@ApiTags('admin 基础资料')
@ApiBearerAuth()
@Controller('admin/keyword-rules')
export class KeywordRulesAdminController {
  constructor(private readonly rules: KeywordRulesAdminService) {}

  @Get()
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '关键词规则（按顺序；命中关键词一样多时，靠前的规则优先）' })
  list(@CurrentActor() actor: SessionActor) {
    return this.rules.list(actor.streetCode);
  }

  @Post()
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '新增关键词规则（每个三级分类一条；关键词去空格、去重，每个 1–20 字，最多 100 个）' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(CreateKeywordRuleBody) body: CreateKeywordRuleInput) {
    return this.rules.create(actor, body);
  }

  @Post('test')
  @HttpCode(200)
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '试分类：按现行关键词规则，这段诉求内容会建议哪个分类、命中哪些关键词（不保存）' })
  trial(@CurrentActor() actor: SessionActor, @ValidBody(KeywordTrialBody) body: KeywordTrialInput) {
    return this.rules.trial(actor, body);
  }

  @Patch(':id')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '修改关键词规则：分类、关键词，或移到列表中的位置（0 为第一条）' })
  update(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(UpdateKeywordRuleBody) body: UpdateKeywordRuleInput) {
    return this.rules.update(actor, id, body);
  }

  @Delete(':id')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '删除关键词规则（工单不引用规则）' })
  remove(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.rules.remove(actor, id);
  }
}
