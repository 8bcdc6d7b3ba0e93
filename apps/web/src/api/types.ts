/**
 * Response shapes of the api (DESIGN §13), as the browser receives them. The permission, role and data-scope
 * vocabulary is imported (types only) from `libs/access`, the one place the permission matrix is defined.
 */
import type { DataScope, Permission, Role } from '@app/access';

export type { Permission, Role } from '@app/access';

/** Every error response: a stable code, the Chinese message shown to users, and details (DESIGN §13). */
export interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
  requestId?: string;
}

/** `GET /api/me`, and `user` in the login response. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  unitId: string | null;
  streetCode: string;
  /** The street's name from the reference data (header); null if the street has none. */
  streetName: string | null;
  permissions: Permission[];
  dataScope: DataScope;
}

/** `POST /api/auth/refresh`. */
export interface SessionTokens {
  accessToken: string;
  tokenType: 'Bearer';
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  refreshToken: string;
  /** ISO time; the server's idle timeout moves it forward on every refresh. */
  refreshExpiresAt: string;
}

/** `POST /api/auth/login`. */
export interface LoginResponse extends SessionTokens {
  user: SessionUser;
}

export interface HealthCheck {
  ok: boolean;
  detail: string;
  ms: number;
}

/** `GET /api/health`: 200 when everything answers, 503 (same body) when something does not. */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  mode: 'embedded' | 'production';
  queueDriver: string;
  checks: { database: HealthCheck; queue: HealthCheck; redis?: HealthCheck };
}
