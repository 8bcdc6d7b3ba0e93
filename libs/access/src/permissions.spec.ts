import { describe, expect, it } from '@jest/globals';
import { can, PERMISSIONS, permissionsOf, ROLES, type Permission, type Role } from './index.js';

/**
 * The whole matrix written out by hand, independently of permissions.ts, one row per permission and one column per
 * role (op sup rev unit lead adm). A change to who may do what must change this table too.
 */
const EXPECTED = `
order.read               Y Y Y Y Y .
order.create             Y Y . . . .
order.import             Y Y . . . .
order.pii.reveal         Y Y Y Y . .
order.sign               Y Y . . . .
order.merge              Y Y . . . .
order.answer             Y Y . . . .
order.dispatch           Y Y . . . .
order.acknowledge        . . . Y . .
order.contact            Y Y . Y . .
order.redispatch         . Y . . . .
order.unit_return        . . . Y . .
order.urge               . Y . . . .
order.extend.request     . . . Y . .
order.extend.decide      . Y . . . .
order.reply              Y Y . Y . .
order.approve            . . Y . . .
order.reject             . . Y . . .
order.request_return     . Y . . . .
order.return_decided     . Y . . . .
order.callback           . . Y . . .
order.reopen             . Y . . . .
order.hang               . Y . . . .
order.reclassify         Y Y . . . .
order.exclusion.request  . . Y . . .
order.exclusion.decide   . Y . . . .
attachment.upload        Y Y Y Y . .
outbox.read              . Y . . . Y
outbox.manage            . Y . . . .
reply_template.manage    . Y . . . Y
roster.read              Y Y Y . Y Y
roster.manage            . Y . . . .
roster.swap.request      Y Y Y . . .
roster.swap.decide       . Y . . . .
roster.checkin           Y Y Y . . .
roster.handover          Y Y . . . .
roster.sick_call         Y Y Y . . .
stats.read               . Y Y Y Y .
report.read              . Y . . Y Y
report.generate          . Y . . . Y
contract.read            . Y . . Y Y
admin.users              . . . . . Y
admin.reference          . . . . . Y
admin.policies           . . . . . Y
admin.shift_templates    . . . . . Y
admin.jobs               . . . . . Y
audit.read               . . . . . Y
`;

const COLUMNS: Role[] = ['operator', 'supervisor', 'reviewer', 'unit', 'leader', 'admin'];
const table = EXPECTED.trim().split('\n').map((line) => {
  const [permission, ...cells] = line.trim().split(/\s+/);
  return { permission: permission as Permission, cells };
});
const cases = table.flatMap(({ permission, cells }) => COLUMNS.map((role, i) => [role, permission, cells[i] === 'Y'] as const));

describe('permission matrix', () => {
  it('the table lists every permission exactly once, and every role', () => {
    expect(table.map((r) => r.permission).sort()).toEqual([...PERMISSIONS].sort());
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
  });

  it.each(cases)('%s × %s → %s', (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it('a leader never holds a permission that reveals personal data or changes anything', () => {
    expect(permissionsOf('leader').filter((p) => !p.endsWith('.read'))).toEqual([]);
  });

  it('only supervisors manage rosters and decide swaps; everyone rostered may ask for a swap and report sick', () => {
    expect(ROLES.filter((role) => can(role, 'roster.manage') || can(role, 'roster.swap.decide'))).toEqual(['supervisor']);
    expect(ROLES.filter((role) => can(role, 'roster.sick_call'))).toEqual(ROLES.filter((role) => can(role, 'roster.swap.request')));
  });

  it('the admin takes no order actions (DESIGN §1)', () => {
    expect(permissionsOf('admin').filter((p) => p.startsWith('order.'))).toEqual([]);
  });
});
