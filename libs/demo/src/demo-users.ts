import type { Role } from '@app/access';

/**
 * One demo account per role (DESIGN §13); `unit.cgb` belongs to 城市管理办 (unit code CGB). The seat accounts are
 * renamed after the roster person they play once demo rostering links them (the operator's depends on who is on duty).
 */
export const DEMO_USERS: { username: string; displayName: string; role: Role; unitCode?: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'supervisor', displayName: '值班长 王晓燕', role: 'supervisor' },
  { username: 'operator', displayName: '坐席员', role: 'operator' },
  { username: 'reviewer', displayName: '审核员 黄敏', role: 'reviewer' },
  { username: 'leader', displayName: '街道领导', role: 'leader' },
  { username: 'unit.cgb', displayName: '城市管理办 承办人', role: 'unit', unitCode: 'CGB' },
];
