import { Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { CommunitiesAdmin, CreateCommunityBody, DutyCategoriesBody, UpdateCommunityBody } from './communities-admin.service.js';

@ApiTags('admin 基础资料')
@ApiBearerAuth()
@Controller('admin')
@RequirePermission('admin.reference')
export class CommunitiesAdminController {
  constructor(private readonly communities: CommunitiesAdmin) {}

  @Get('communities')
  @ApiOperation({ summary: '社区（含地名库、停用的）与社区职责清单分类' })
  list(@CurrentActor() actor: SessionActor) {
    return this.communities.list(actor);
  }

  @Post('communities')
  @ApiOperation({ summary: '新增社区及其地名库（路名、院落、别名）' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(CreateCommunityBody) body: z.infer<typeof CreateCommunityBody>) {
    return this.communities.create(actor, body);
  }

  @Patch('communities/:id')
  @ApiOperation({ summary: '修改社区名称、地名库，或停用（工单引用的社区只停用不删除）' })
  update(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(UpdateCommunityBody) body: z.infer<typeof UpdateCommunityBody>) {
    return this.communities.update(actor, id, body);
  }

  @Put('community-duty-categories')
  @ApiOperation({ summary: '整体替换社区职责清单内的分类（第 17 条）' })
  saveDuty(@CurrentActor() actor: SessionActor, @ValidBody(DutyCategoriesBody) body: z.infer<typeof DutyCategoriesBody>) {
    return this.communities.saveDutyCategories(actor, body);
  }
}
