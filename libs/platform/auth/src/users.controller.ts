import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ROLES } from '@app/access';
import { ValidBody } from '@app/errors';
import { CurrentActor, RequirePermission, type SessionActor } from './auth.decorators.js';
import { UsersService } from './users.service.js';

const CreateUserBody = z.object({
  username: z.string().trim().min(3, '用户名至少 3 个字符').max(64).regex(/^[A-Za-z0-9._-]+$/, '用户名只能包含字母、数字、点、下划线和连字符'),
  displayName: z.string().trim().min(1, '请输入姓名').max(64),
  role: z.enum(ROLES),
  unitId: z.uuid('承办单位 ID 无效').nullish(),
  password: z.string().min(1, '请输入初始密码').max(256),
});
const EditUserBody = z.object({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1, '请输入姓名').max(64).optional(),
  role: z.enum(ROLES).optional(),
  unitId: z.uuid('承办单位 ID 无效').nullable().optional(),
  staffCode: z.string().trim().min(1).max(16).nullable().optional(),
});
const PasswordBody = z.object({ password: z.string().min(1, '请输入新密码').max(256) });
const ActiveBody = z.object({ active: z.boolean() });

@ApiTags('admin 用户管理')
@ApiBearerAuth()
@Controller('admin/users')
@RequirePermission('admin.users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: '用户列表' })
  list(@CurrentActor() actor: SessionActor) {
    return this.users.list(actor.streetCode);
  }

  @Post()
  @ApiOperation({ summary: '新建用户（密码须符合策略）' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(CreateUserBody) body: z.infer<typeof CreateUserBody>) {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改姓名、角色、承办单位和关联的排班人员（须带 version）' })
  edit(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(EditUserBody) body: z.infer<typeof EditUserBody>) {
    const { version, ...change } = body;
    return this.users.edit(actor, id, version, change);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: '解除锁定' })
  unlock(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.unlock(actor, id);
  }

  @Post(':id/active')
  @HttpCode(200)
  @ApiOperation({ summary: '启用或停用账号（停用即注销其所有会话）' })
  setActive(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(ActiveBody) body: z.infer<typeof ActiveBody>) {
    return this.users.setActive(actor, id, body.active);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码（注销其所有会话）' })
  resetPassword(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(PasswordBody) body: z.infer<typeof PasswordBody>) {
    return this.users.resetPassword(actor, id, body.password);
  }
}
