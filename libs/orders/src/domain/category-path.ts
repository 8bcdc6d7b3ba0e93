/**
 * Category paths are the three levels joined by '/', as in the reference data ('城乡建设/物业管理/物业服务').
 * Matching is by whole segments: '社会秩序/邻里纠纷' covers '社会秩序/邻里纠纷/漏水纠纷' but '社会秩序/邻里' covers nothing.
 */
export const CATEGORY_SEPARATOR = '/';

export function categorySegments(path: string): string[] {
  return path
    .split(CATEGORY_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function isCategoryWithin(path: string, prefix: string): boolean {
  const segments = categorySegments(path);
  const head = categorySegments(prefix);
  return head.length > 0 && head.length <= segments.length && head.every((s, i) => s === segments[i]);
}

/** Whether a category lies under one of the listed prefixes; an unclassified order matches nothing. */
export function isCategoryListed(path: string | null, prefixes: readonly string[]): boolean {
  return path !== null && prefixes.some((prefix) => isCategoryWithin(path, prefix));
}
