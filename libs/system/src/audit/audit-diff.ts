/**
 * The readable difference between an audit record's `before` and `after`: one line per changed leaf field, nested
 * objects by dotted path (`address.street`), arrays compared as whole values. Computed on the server so the 审计 page
 * and the Excel export show the same diff. Plain TypeScript, no Nest.
 */
export interface AuditChange {
  /** Dotted path of the field; '' when before/after are not objects (the whole value changed). */
  path: string;
  /** null when the field did not exist before. */
  before: unknown;
  /** null when the field no longer exists. */
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** Same JSON value, whatever the order of object keys. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value as Json);
}

export function auditDiff(before: unknown, after: unknown): AuditChange[] {
  const changes: AuditChange[] = [];
  walk(before ?? null, after ?? null, '', changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: string, out: AuditChange[]): void {
  const beforeIsObject = isRecord(before);
  const afterIsObject = isRecord(after);
  // An object on one side only (a record created or deleted): its leaves appear or disappear one by one.
  if (beforeIsObject || afterIsObject) {
    if ((before !== null && !beforeIsObject) || (after !== null && !afterIsObject)) {
      if (!sameValue(before, after)) out.push({ path, before, after });
      return;
    }
    const b = (beforeIsObject ? before : {}) as Record<string, unknown>;
    const a = (afterIsObject ? after : {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) walk(b[key] ?? null, a[key] ?? null, path ? `${path}.${key}` : key, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ path, before, after });
}

/** A value as the diff text writes it: text as it is, nothing as （空）, anything else as JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The diff as text, one change a line: `status: pending → done`. */
export function auditDiffText(changes: readonly AuditChange[]): string {
  return changes.map((c) => `${c.path || '值'}: ${formatAuditValue(c.before)} → ${formatAuditValue(c.after)}`).join('\n');
}
