import type { Permission } from '../api/types';

/**
 * Whether deadline alarms are addressed to this user (libs/orders clock-alarms: the desk on duty and supervisors,
 * units for their clocks, reviewers for the review clock) — read from the permissions that make them the ones to act.
 */
export function hearsAlarms(permissions: readonly Permission[]): boolean {
  return (['order.sign', 'order.acknowledge', 'order.approve'] as const).some((p) => permissions.includes(p));
}
