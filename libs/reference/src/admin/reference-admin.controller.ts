import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import {
  CreateRoutingRuleBody, CreateUnitBody, RoutingTrialBody, UpdateRoutingRuleBody, UpdateUnitBody,
  type CreateRoutingRuleInput, type CreateUnitInput, type RoutingTrialBodyInput, type UpdateRoutingRuleInput, type UpdateUnitInput,
} from './reference-admin.schemas.js';
import { RoutingAdminService } from './routing-admin.service.js';
import { UnitsAdminService } from './units-admin.service.js';

/** 系统管理 → 承办单位 and 派单规则: the street's units and routing rules, effective for the next intake. */
@ApiTags('admin 基础资料')
@ApiBearerAuth()
@Controller('admin')
export class ReferenceAdminController {
  constructor(
    private readonly units: UnitsAdminService,
    private readonly routing: RoutingAdminService,
  ) {}

  @Get('units')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '承办单位（含已停用、联系方式、指定它的派单规则条数）' })
  listUnits(@CurrentActor() actor: SessionActor) {
    return this.units.list(actor.streetCode);
  }

  @Post('units')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '新增承办单位；社区居委会须指定本街道的社区' })
  createUnit(@CurrentActor() actor: SessionActor, @ValidBody(CreateUnitBody) body: CreateUnitInput) {
    return this.units.create(actor, body);
  }

  @Patch('units/:id')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '修改承办单位；停用（active=false）代替删除。仍被派单规则指定时停用返回 409（UNIT_NAMED_BY_ROUTING_RULES，附规则），带 force=true 强制停用' })
  updateUnit(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(UpdateUnitBody) body: UpdateUnitInput) {
    return this.units.update(actor, id, body);
  }

  @Get('routing-rules')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '派单规则：分类前缀 × 社区（或全部社区）→ 主办单位（或所属社区）与协办单位，带优先级' })
  listRules(@CurrentActor() actor: SessionActor) {
    return this.routing.list(actor.streetCode);
  }

  @Post('routing-rules')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '新增派单规则（每个分类前缀在每个社区范围一条）' })
  createRule(@CurrentActor() actor: SessionActor, @ValidBody(CreateRoutingRuleBody) body: CreateRoutingRuleInput) {
    return this.routing.create(actor, body);
  }

  @Post('routing-rules/test')
  @HttpCode(200)
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '试算：按现行规则，这条诉求（地址或指定社区、内容、分类）会建议派给谁、为什么（不保存）' })
  trial(@CurrentActor() actor: SessionActor, @ValidBody(RoutingTrialBody) body: RoutingTrialBodyInput) {
    return this.routing.trial(actor, body);
  }

  @Patch('routing-rules/:id')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '修改派单规则' })
  updateRule(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(UpdateRoutingRuleBody) body: UpdateRoutingRuleInput) {
    return this.routing.update(actor, id, body);
  }

  @Delete('routing-rules/:id')
  @RequirePermission('admin.reference')
  @ApiOperation({ summary: '删除派单规则（工单不引用规则）' })
  deleteRule(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.routing.remove(actor, id);
  }
}
