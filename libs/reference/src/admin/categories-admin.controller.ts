import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { CategoriesAdmin, CreateCategoryBody, UpdateCategoryBody } from './categories-admin.service.js';

@ApiTags('admin 基础资料')
@ApiBearerAuth()
@Controller('admin/categories')
@RequirePermission('admin.reference')
export class CategoriesAdminController {
  constructor(private readonly categories: CategoriesAdmin) {}

  @Get()
  @ApiOperation({ summary: '诉求分类树（三级，含停用的）' })
  list(@CurrentActor() actor: SessionActor) {
    return this.categories.list(actor);
  }

  @Post()
  @ApiOperation({ summary: '新增分类（一级，或某一、二级分类的下级）' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(CreateCategoryBody) body: z.infer<typeof CreateCategoryBody>) {
    return this.categories.create(actor, body);
  }

  @Patch()
  @ApiOperation({ summary: '停用 / 启用分类或调整顺序（分类路径在请求体中；已用于工单的分类不改名不删除）' })
  update(@CurrentActor() actor: SessionActor, @ValidBody(UpdateCategoryBody) body: z.infer<typeof UpdateCategoryBody>) {
    return this.categories.update(actor, body);
  }
}
