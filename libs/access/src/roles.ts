/** The six roles of DESIGN §1. */
export const ROLES = ['operator', 'supervisor', 'reviewer', 'unit', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Chinese names shown in the UI. */
export const ROLE_LABELS: Record<Role, string> = {
  operator: '坐席员',
  supervisor: '值班长',
  reviewer: '审核员',
  unit: '承办人',
  leader: '领导',
  admin: '管理员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who did something: a signed-in user, or the system itself (jobs, imports, sweeps). */
export interface Actor {
  id: string | null;
  username: string;
  displayName: string;
  role: Role | 'system' | 'anonymous';
  unitId: string | null;
  streetCode: string;
}

export function systemActor(streetCode: string, job = 'system'): Actor {
  return { id: null, username: job, displayName: '系统', role: 'system', unitId: null, streetCode };
}
