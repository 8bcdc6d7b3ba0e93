/**
 * Text PostgreSQL cannot store: U+0000 in text or jsonb (error 22021/22P05), and a UTF-16 surrogate without its
 * other half, which is no character at all — jsonb refuses its `\udfff` escape (22P02) and a text column would get
 * U+FFFD in its place. Either would surface as a 500 from whichever query first meets it (issue 13 fuzzing found
 * the surrogate in the timeline and the audit trail), so requests are screened once, before any handler runs.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type UnstorableText = 'nul' | 'lone-surrogate';

/** What in `text` cannot be stored, if anything. */
export function unstorableIn(text: string): UnstorableText | null {
  if (text.includes(NUL)) return 'nul';
  return LONE_SURROGATE.test(text) ? 'lone-surrogate' : null;
}

/**
 * The path of the first string (or object key) holding text that cannot be stored in a decoded body, query or
 * parameter, and what it holds; or null. Iterative, so a deeply nested body cannot overflow the stack; only plain
 * objects and arrays are walked, so an uploaded file's bytes (a Buffer) are never looked at.
 */
export function findUnstorableText(value: unknown, root = ''): { path: string; kind: UnstorableText } | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      const kind = unstorableIn(current);
      if (kind) return { path: path || '(value)', kind };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}[${i}]`]);
    } else if (isPlainObject(current)) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        const kind = unstorableIn(key);
        if (kind) return { path: printable(childPath), kind };
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}

/** A path that names a bad key, written so the error body itself is storable and readable. */
function printable(path: string): string {
  return path.replace(/\u0000|[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
