import { createHash, createSecretKey, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ErrorCode, UnauthorizedError } from '@app/errors';

export interface AccessClaims {
  sub: string;
  sid: string;
  role: string;
}

/** Short-lived JWT access tokens (HS256) and opaque refresh tokens stored only as SHA-256 hashes. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A key object made once: given the string, jsonwebtoken first tries to parse it as a public key on every call
    // (about 1 ms of CPU per request, issue 14's profile).
    const secret = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) as unknown as string;
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256' } });
  }

  signAccess(claims: AccessClaims): { token: string; expiresIn: number } {
    const expiresIn = this.config.auth.accessTtlSeconds;
    return { token: this.jwt.sign({ ...claims, typ: 'access' }, { expiresIn }), expiresIn };
  }

  verifyAccess(token: string): AccessClaims {
    try {
      const payload = this.jwt.verify<AccessClaims & { typ?: string }>(token, { algorithms: ['HS256'] });
      if (payload.typ !== 'access' || !payload.sub || !payload.sid) throw new Error('not an access token');
      return { sub: payload.sub, sid: payload.sid, role: payload.role };
    } catch {
      throw new UnauthorizedError(ErrorCode.TokenInvalid, '登录已失效，请重新登录');
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashRefreshToken(token) };
  }
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
