import type { Role } from './roles.js';

/**
 * Every permission in the system. The matrix below is the only place that says which role holds which permission:
 * the API guards, the socket rooms and the UI all read it (DESIGN §1).
 */
export const PERMISSIONS = [
  // orders: reading and intake
  'order.read',
  'order.create',
  'order.import',
  'order.pii.reveal',
  // order lifecycle actions (DESIGN §3); the state machine adds the "when"
  'order.sign',
  'order.merge',
  'order.answer',
  'order.dispatch',
  'order.acknowledge',
  'order.contact',
  'order.redispatch',
  'order.unit_return',
  'order.urge',
  'order.extend.request',
  'order.extend.decide',
  'order.reply',
  'order.approve',
  'order.reject',
  'order.request_return',
  'order.return_decided',
  'order.callback',
  'order.reopen',
  'order.hang',
  'order.reclassify',
  'order.exclusion.request',
  'order.exclusion.decide',
  // files for replies, return and exclusion evidence: whoever acts on orders may upload (DESIGN §2, §3)
  'attachment.upload',
  // the outbox: reports to the platform and SMS to citizens (DESIGN §3 approve, Art. 15); reading lists masked phones
  'outbox.read',
  'outbox.manage',
  // reply templates (常用答复): kept by the desk's leads and the admin; used by whoever replies
  'reply_template.manage',
  // rostering (DESIGN §7)
  'roster.read',
  'roster.manage',
  'roster.swap.request',
  'roster.swap.decide',
  'roster.checkin',
  'roster.handover',
  'roster.sick_call',
  // statistics, reports, contract
  'stats.read',
  'report.read',
  'report.generate',
  'contract.read',
  // administration
  'admin.users',
  'admin.reference',
  'admin.policies',
  'admin.shift_templates',
  'admin.jobs',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OPERATOR: readonly Permission[] = [
  'order.read', 'order.create', 'order.import', 'order.pii.reveal',
  'order.sign', 'order.merge', 'order.answer', 'order.dispatch', 'order.contact', 'order.reply', 'order.reclassify', 'attachment.upload',
  'roster.read', 'roster.swap.request', 'roster.checkin', 'roster.handover', 'roster.sick_call',
];

/** Supervisors (值班长) hold everything an operator holds, plus dispatch control and roster management. */
const SUPERVISOR: readonly Permission[] = [
  ...OPERATOR,
  'order.redispatch', 'order.urge', 'order.extend.decide', 'order.request_return', 'order.return_decided',
  'order.reopen', 'order.hang', 'order.exclusion.decide', 'reply_template.manage', 'outbox.read', 'outbox.manage',
  'roster.manage', 'roster.swap.decide',
  'stats.read', 'report.read', 'report.generate', 'contract.read',
];

export const PERMISSION_MATRIX: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  operator: new Set(OPERATOR),
  supervisor: new Set(SUPERVISOR),
  reviewer: new Set<Permission>([
    'order.read', 'order.pii.reveal', 'order.approve', 'order.reject', 'order.callback', 'order.exclusion.request', 'attachment.upload',
    'roster.read', 'roster.swap.request', 'roster.checkin', 'roster.sick_call', 'stats.read',
  ]),
  // Unit staff see only their unit's orders; the data scope is applied on top of these permissions.
  // Statistics for a unit are its own figures only (the stats layer forces its unit filter).
  unit: new Set<Permission>([
    'order.read', 'order.pii.reveal', 'order.acknowledge', 'order.contact', 'order.unit_return', 'order.extend.request', 'order.reply',
    'attachment.upload', 'stats.read',
  ]),
  // Leadership is read-only and never sees unmasked personal data (no order.pii.reveal).
  leader: new Set<Permission>(['order.read', 'stats.read', 'report.read', 'contract.read', 'roster.read']),
  // The admin configures the system but takes no order actions.
  admin: new Set<Permission>([
    'admin.users', 'admin.reference', 'admin.policies', 'admin.shift_templates', 'admin.jobs', 'audit.read', 'outbox.read',
    'reply_template.manage', 'roster.read', 'report.read', 'report.generate', 'contract.read',
  ]),
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => PERMISSION_MATRIX[role].has(p));
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}
