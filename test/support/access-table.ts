import { randomUUID } from 'node:crypto';
import { can, isPermission, type Role } from '@app/access';
import { ACCESS_EXTENSION, type AccessRule } from '@app/auth';
import { ORDER_ACTIONS, transitionOf, type OrderAction } from '@app/orders';

/**
 * The access table (issue 13): every operation of the served OpenAPI document with the rule its `x-access`
 * extension declares (written by the same decorator the guard reads), and for the one route that takes an order
 * action by name, one row per action with the state machine's permission on top of the route's.
 */
export interface Probe {
  /** `POST /api/orders/{id}/actions/sign`: the document's path, with the action filled in. */
  name: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
  action?: OrderAction;
  /** The path's `{id}` is an order's (detail, actions, history, review): unit scope applies. */
  takesOrderId: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}

const ORDER_ID_PATH = /\/(orders|review\/queue)\/\{id\}/;

export function probesOf(doc: OpenApiDocument): Probe[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const rule = operation[ACCESS_EXTENSION] as AccessRule | undefined;
      const base = { method, rule, takesOrderId: ORDER_ID_PATH.test(path) };
      if (!path.includes('{action}')) return [{ ...base, name: `${method.toUpperCase()} ${path}`, path }];
      return ORDER_ACTIONS.map((action) => {
        const filled = path.replace('{action}', action);
        return { ...base, name: `${method.toUpperCase()} ${filled}`, path: filled, action };
      });
    }),
  );
}

/** Whether the route's guard lets `role` through: signed in, and holding one of the route's permissions if it names any. */
export function passesGuard(probe: Probe, role: Role): boolean {
  const rule = probe.rule;
  if (rule?.kind === 'public') throw new Error(`${probe.name} is open to everyone: it has no guard to pass`);
  if (!rule) return false; // a route that declares nothing is refused to everyone (the guard fails closed)
  return rule.kind === 'authenticated' || rule.permissions.some((p) => can(role, p));
}

/**
 * Whether the matrix lets `role` act: past the guard, and holding the action's own permission when there is one
 * (checked once the order is loaded: after its scope, before its version and body).
 */
export function mayCall(probe: Probe, role: Role): boolean {
  return passesGuard(probe, role) && (!probe.action || can(role, transitionOf(probe.action).permission));
}

/** Permissions the document names that the matrix does not know (a renamed permission nobody can hold). */
export function unknownPermissions(probe: Probe): string[] {
  return probe.rule?.kind === 'permission' ? probe.rule.permissions.filter((p) => !isPermission(p)) : [];
}

/**
 * The path with its parameters filled: the given order id where the route takes one, a year far from any test's,
 * and otherwise an id nobody has (the guard answers before anything is looked up).
 */
export function urlOf(probe: Probe, orderId: string | null): string {
  return probe.path.replace(/\{(\w+)\}/g, (_all, name: string) => {
    if (name === 'id' && probe.takesOrderId && orderId) return orderId;
    if (name === 'year') return '2099';
    if (name === 'code') return 'no-such-code';
    return randomUUID();
  });
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function pooled<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
