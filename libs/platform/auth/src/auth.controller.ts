import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ErrorCode, ForbiddenError, UnauthorizedError, ValidBody, ValidationError } from '@app/errors';
import { AuthService, type SessionTokens } from './auth.service.js';
import { Authenticated, CurrentActor, Public, type SessionActor } from './auth.decorators.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie, wantsCookie } from './refresh-cookie.js';
import { RateLimited } from './request-rate-limit.js';
import { SessionResolver } from './session-resolver.js';

const LoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});
/** API clients send the refresh token in the body; the web UI sends none and presents its cookie. */
const RefreshBody = z.object({ refreshToken: z.string().min(10, '缺少刷新令牌').max(200).optional() });

const COOKIE_HEADER = {
  name: 'X-Hotline-Session',
  required: false,
  description: '`cookie`: the refresh token travels in the httpOnly cookie hd_refresh (web UI), not in the body',
};

@ApiTags('auth 登录')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionResolver,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @RateLimited('login')
  @ApiHeader(COOKIE_HEADER)
  @ApiOperation({ summary: '登录：用户名 + 密码，返回访问令牌与刷新令牌' })
  async login(@ValidBody(LoginBody) body: z.infer<typeof LoginBody>, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const answer = await this.auth.login(body.username, body.password, clientOf(req));
    if (!wantsCookie(req)) return answer;
    // One browser, one session: a sign-in ends the session whose cookie it replaces (its tabs follow the new one).
    const previous = readRefreshCookie(req);
    if (previous) await this.auth.logoutByRefreshToken(previous);
    return intoCookie(answer, req, res);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @ApiHeader(COOKIE_HEADER)
  @ApiOperation({ summary: '刷新令牌轮换；旧令牌再次使用将注销整个会话' })
  async refresh(@ValidBody(RefreshBody) body: z.infer<typeof RefreshBody>, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (body.refreshToken) return this.auth.refresh(body.refreshToken);
    if (!wantsCookie(req)) throw new ValidationError([{ field: 'refreshToken', message: '缺少刷新令牌' }]);
    const token = readRefreshCookie(req);
    if (!token) throw new UnauthorizedError(ErrorCode.RefreshInvalid, '登录已失效，请重新登录');
    try {
      return intoCookie(await this.auth.refresh(token, { tolerateRace: true }), req, res);
    } catch (error) {
      // A refused token is dead for good. A race leaves the cookie the winning tab just received, and an outage
      // (database down) leaves the session for the next try.
      if (error instanceof UnauthorizedError || error instanceof ForbiddenError) clearRefreshCookie(req, res);
      throw error;
    }
  }

  /**
   * Ends the session named by the bearer token, or else by the refresh cookie (the idle sign-out comes after the
   * access token may have expired). Public so that an expired access token still reaches it; it proves the session
   * by one of the two tokens all the same.
   */
  @Post('auth/logout')
  @HttpCode(204)
  @Public()
  @ApiBearerAuth()
  @ApiHeader(COOKIE_HEADER)
  @ApiOperation({ summary: '退出登录（注销当前会话）' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const cookie = readRefreshCookie(req);
    const bearer = bearerToken(req);
    if (!cookie && !bearer) throw new UnauthorizedError(ErrorCode.Unauthenticated, '请先登录');
    let actor: SessionActor | null = null;
    if (bearer) {
      try {
        actor = await this.sessions.resolve(bearer);
      } catch (error) {
        if (!cookie) throw error; // with a cookie, an expired access token does not matter
      }
    }
    if (actor) await this.auth.logout(actor);
    if (cookie) {
      clearRefreshCookie(req, res);
      await this.auth.logoutByRefreshToken(cookie);
    }
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前用户、角色、权限、数据范围与所属街道' })
  me(@CurrentActor() actor: SessionActor) {
    return this.auth.profile(actor);
  }
}

/** The browser's answer: the refresh token goes into the httpOnly cookie and never into the body. */
function intoCookie<T extends SessionTokens>(answer: T, req: Request, res: Response): Omit<T, 'refreshToken'> {
  const { refreshToken, ...rest } = answer;
  setRefreshCookie(req, res, refreshToken);
  return rest;
}

function bearerToken(req: Request): string | null {
  const [scheme, value] = (req.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : null;
}

function clientOf(req: Request) {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent']?.slice(0, 200) ?? null };
}
