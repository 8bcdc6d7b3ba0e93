import { lazy, type ComponentType } from 'react';
import type { Permission } from '../../api/types';

/**
 * The tabs of 系统管理, one per kind of setting. A tab shows when the user holds ANY of its permissions (from the
 * permission matrix in libs/access, sent with the user). Each panel is its own file and its own chunk.
 */
export interface AdminTab {
  id: string;
  label: string;
  anyOf: readonly Permission[];
  panel: ComponentType;
}

/** A panel's named export, loaded when its tab is first opened. */
function lazyPanel<T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T): ComponentType {
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));
}

export const ADMIN_TABS: readonly AdminTab[] = [
  // In the order an admin sets a street up; the jobs last, as the place to look when something went wrong.
  { id: 'units', label: '承办单位', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./units-panel'), 'UnitsPanel') },
  { id: 'communities', label: '社区与地名', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./communities-panel'), 'CommunitiesPanel') },
  { id: 'categories', label: '诉求分类', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./categories-panel'), 'CategoriesPanel') },
  { id: 'routing', label: '派单规则', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./routing-panel'), 'RoutingPanel') },
  { id: 'users', label: '用户', anyOf: ['admin.users'], panel: lazyPanel(() => import('./users-panel'), 'UsersPanel') },
  { id: 'holidays', label: '节假日', anyOf: ['admin.policies'], panel: lazyPanel(() => import('./holidays-panel'), 'HolidaysPanel') },
  { id: 'policies', label: '时限策略', anyOf: ['admin.policies'], panel: lazyPanel(() => import('./deadline-policies-panel'), 'DeadlinePoliciesPanel') },
  { id: 'jobs', label: '后台任务', anyOf: ['admin.jobs'], panel: lazyPanel(() => import('./jobs-panel'), 'JobsPanel') },
  // What the review of replies works from (DESIGN §6).
  { id: 'screening-phrases', label: '甄别用语', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./screening-phrases-panel'), 'ScreeningPhrasesPanel') },
  { id: 'reply-templates', label: '常用答复', anyOf: ['reply_template.manage'], panel: lazyPanel(() => import('./reply-templates-panel'), 'ReplyTemplatesPanel') },
  { id: 'review-checklist', label: '初审审核项', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./review-checklist-panel'), 'ReviewChecklistPanel') },
  { id: 'keyword-rules', label: '关键词规则', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./keyword-rules-panel'), 'KeywordRulesPanel') },
  { id: 'stop-words', label: '停用词', anyOf: ['admin.reference'], panel: lazyPanel(() => import('./stop-words-panel'), 'StopWordsPanel') },
];

export { lazyPanel };
