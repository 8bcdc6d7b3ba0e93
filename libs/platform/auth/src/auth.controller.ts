import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { ValidBody } from '@app/errors';
import { AuthService } from './auth.service.js';
import { Authenticated, CurrentActor, Public, type SessionActor } from './auth.decorators.js';

const LoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});
const RefreshBody = z.object({ refreshToken: z.string().min(10, '缺少刷新令牌').max(200) });

@ApiTags('auth 登录')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: '登录：用户名 + 密码，返回访问令牌与刷新令牌' })
  login(@ValidBody(LoginBody) body: z.infer<typeof LoginBody>, @Req() req: Request) {
    return this.auth.login(body.username, body.password, clientOf(req));
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: '刷新令牌轮换；旧令牌再次使用将注销整个会话' })
  refresh(@ValidBody(RefreshBody) body: z.infer<typeof RefreshBody>) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: '退出登录（注销当前会话）' })
  async logout(@CurrentActor() actor: SessionActor): Promise<void> {
    await this.auth.logout(actor);
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前用户、角色、权限、数据范围与所属街道' })
  me(@CurrentActor() actor: SessionActor) {
    return this.auth.profile(actor);
  }
}

function clientOf(req: Request) {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent']?.slice(0, 200) ?? null };
}
