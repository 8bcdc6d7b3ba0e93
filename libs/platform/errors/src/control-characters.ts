/**
 * U+0000 cannot be stored in PostgreSQL text or jsonb (error 22021/22P05), so a NUL anywhere in a request would
 * surface as a 500 from whichever query first meets it. Requests are screened once, before any handler runs.
 */
const NUL = '\u0000';

/**
 * The path of the first string (or object key) holding U+0000 in a decoded body, query or parameter, or null.
 * Iterative, so a deeply nested body cannot overflow the stack; only plain objects and arrays are walked, so an
 * uploaded file's bytes (a Buffer) are never looked at.
 */
export function findNulByte(value: unknown, root = ''): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes(NUL)) return path || '(value)';
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}[${i}]`]);
    } else if (isPlainObject(current)) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes(NUL)) return childPath.replaceAll(NUL, '\\u0000');
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
