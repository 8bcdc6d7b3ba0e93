import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SOCKET_AUTHENTICATOR } from '@app/realtime';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { RequestRateLimiter } from './request-rate-limit.js';
import { SessionResolver } from './session-resolver.js';
import { TokenService } from './token.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    TokenService,
    SessionResolver,
    UsersService,
    RequestRateLimiter,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: SOCKET_AUTHENTICATOR, useExisting: SessionResolver },
  ],
  exports: [RequestRateLimiter, AuthService, TokenService, SessionResolver, UsersService, SOCKET_AUTHENTICATOR],
})
export class AuthModule {}
