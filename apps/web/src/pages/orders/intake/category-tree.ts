import type { CategoryRef } from '../../../api/order-types';

/** A node of the 问题分类 picker: only the third level can be chosen (orders carry a leaf path). */
export interface CategoryNode {
  value: string;
  title: string;
  /** The whole path in words, shown once chosen (a leaf's name alone, e.g. 其他, is ambiguous). */
  path: string;
  selectable: boolean;
  children?: CategoryNode[];
}

/**
 * The street's active categories as a tree (大类 › 小类 › 细类) in the directory's order. A branch left without any
 * active leaf is dropped: it would offer nothing to choose.
 */
export function categoryTree(categories: readonly CategoryRef[]): CategoryNode[] {
  const active = categories.filter((c) => c.active);
  const under = (parent: string | null, level: number): CategoryNode[] =>
    active
      .filter((c) => c.level === level && c.parentPath === parent)
      .map((c): CategoryNode => {
        const path = c.path.split('/').join(' › ');
        if (level === 3) return { value: c.path, title: c.name, path, selectable: true };
        return { value: c.path, title: c.name, path, selectable: false, children: under(c.path, level + 1) };
      })
      .filter((node) => node.selectable || (node.children?.length ?? 0) > 0);
  return under(null, 1);
}

/** Matched against the value (`城乡建设/物业管理/物业服务`): 物业 finds 物业管理 and all its leaves, 城乡建设/物业 narrows. */
export function categoryMatches(input: string, value: unknown): boolean {
  const query = input.trim();
  return !query || (typeof value === 'string' && value.includes(query));
}
