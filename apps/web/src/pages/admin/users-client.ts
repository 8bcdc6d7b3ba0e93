import type { ApiClient } from '../../api/client';
import type { Role } from '../../api/types';

/** `GET /api/admin/users` items (libs/platform/auth UserView). */
export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  staffCode: string | null;
  staffName: string | null;
  active: boolean;
  lockedUntil: string | null;
  version: number;
}

export interface NewUserBody {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  password: string;
}

export interface UserEditBody {
  version: number;
  displayName?: string;
  role?: Role;
  unitId?: string | null;
  staffCode?: string | null;
}

const user = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

export const adminUsers = (api: ApiClient, signal?: AbortSignal) => api.get<AdminUser[]>('/admin/users', { signal });
export const createUser = (api: ApiClient, body: NewUserBody) => api.post<AdminUser>('/admin/users', body);
export const editUser = (api: ApiClient, id: string, body: UserEditBody) => api.request<AdminUser>('PATCH', user(id), { body });
export const setUserActive = (api: ApiClient, id: string, active: boolean) => api.post<AdminUser>(`${user(id)}/active`, { active });
export const unlockUser = (api: ApiClient, id: string) => api.post<AdminUser>(`${user(id)}/unlock`);
export const resetPassword = (api: ApiClient, id: string, password: string) => api.post<AdminUser>(`${user(id)}/password`, { password });

/**
 * The password policy as the server applies it (libs/platform/auth/src/password-policy.ts, DESIGN §1 等保 2.0);
 * shown beside every password field. The server stays the judge: its refusal lists what is missing.
 */
export const PASSWORD_POLICY_TEXT = '至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类；不能包含用户名，不能是常见密码或演示密码，首尾不能是空格。';
