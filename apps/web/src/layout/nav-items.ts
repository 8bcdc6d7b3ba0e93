import type { ComponentType } from 'react';
import type { Permission } from '../api/types';
import type { QueueKey } from '../pages/workbench/queues';
import {
  AdminPage,
  AllOrdersPage,
  AuditPage,
  DispatchQueuePage,
  HungOrdersPage,
  ImportsPage,
  IntakePage,
  OrderDetailPage,
  ReviewOrderPage,
  ReportsPage,
  ReviewQueuePage,
  RosterPage,
  StatsPage,
  WorkbenchPage,
} from './lazy-pages';

/**
 * The one table of the desk's pages, organised by the user's job (STYLE 12). An item shows when the user holds ANY
 * of its permissions — the `permissions` array the server sends with the user, which comes from the permission
 * matrix in libs/access. The UI never lists roles. `page: null` means not built yet: the route shows a 建设中 page
 * naming `capability`.
 */
export interface NavItem {
  path: string;
  label: string;
  anyOf: readonly Permission[];
  /** What the page is for, in the user's words (shown on the 建设中 page and as the link's title). */
  capability: string;
  page: ComponentType | null;
  /** Pages reached from this one but not listed in the nav (an order's detail); same permissions as the item. */
  subpages?: readonly SubPage[];
  /** A live count beside the label: the queue this page is where the user works it off, for holders of `anyOf`. */
  badge?: { queue: QueueKey; anyOf: readonly Permission[] };
}

export interface SubPage {
  /** `/orders/:id` — a `:name` segment matches one path segment and is passed in `params`. */
  pattern: string;
  page: ComponentType<{ params: Record<string, string> }>;
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/workbench',
    label: '工作台',
    // The admin's home too: jobs, holiday schedule alerts, audit and system health.
    anyOf: ['order.read', 'order.create', 'admin.jobs'],
    capability: '本岗位的待办队列、时限告警、当班情况与实时消息',
    page: WorkbenchPage,
  },
  {
    path: '/orders',
    label: '工单',
    anyOf: ['order.read'],
    capability: '工单查询与筛选、工单详情、办理过程与可执行的操作',
    page: AllOrdersPage,
    subpages: [{ pattern: '/orders/:id', page: OrderDetailPage }],
    badge: { queue: 'toAcknowledge', anyOf: ['order.acknowledge'] },
  },
  {
    path: '/orders/new',
    label: '新建工单',
    anyOf: ['order.create'],
    capability: '手工录入来电工单',
    page: IntakePage,
  },
  {
    path: '/imports',
    label: '导入',
    anyOf: ['order.import'],
    capability: '导入 12345 平台导出的工单文件（.xlsx / .csv），查看逐行结果与导入记录',
    page: ImportsPage,
  },
  {
    path: '/dispatch',
    label: '调度',
    anyOf: ['order.dispatch'],
    capability: '签收、派单、改派与督办，处理承办单位的退回与延期申请',
    page: DispatchQueuePage,
    badge: { queue: 'toSign', anyOf: ['order.sign'] },
  },
  {
    path: '/review',
    label: '审核',
    anyOf: ['order.approve'],
    capability: '承办回复的初审（通过 / 驳回）、办结与回访记录',
    page: ReviewQueuePage,
    subpages: [{ pattern: '/review/:id', page: ReviewOrderPage }],
    badge: { queue: 'toReview', anyOf: ['order.approve'] },
  },
  {
    path: '/hung',
    label: '挂账',
    // GET /api/hung-orders requires order.read; the server narrows units to their own orders.
    anyOf: ['order.read'],
    capability: '挂账工单的计划、责任单位与下次进展时间，逾期未报进展的标出',
    page: HungOrdersPage,
  },
  {
    path: '/roster',
    label: '排班',
    anyOf: ['roster.read'],
    capability: '7×24 排班表、换班申请、签到签退与交接班记录',
    page: RosterPage,
  },
  {
    path: '/stats',
    label: '统计',
    anyOf: ['stats.read'],
    capability: '响应率、解决率、满意率与时效、热点、排名分析',
    page: StatsPage,
  },
  {
    path: '/reports',
    label: '报表',
    anyOf: ['report.read'],
    capability: '月度工单台账、民意分析报告与费用确认单的生成和下载',
    page: ReportsPage,
  },
  {
    path: '/admin',
    label: '系统管理',
    // Supervisors keep the reply templates (常用答复) with the admin: that tab alone shows for them.
    anyOf: ['admin.users', 'admin.reference', 'admin.policies', 'admin.shift_templates', 'admin.jobs', 'reply_template.manage'],
    capability: '用户、承办单位、社区、诉求分类、派单规则、节假日、时限策略、班次模板、后台任务、甄别用语、常用答复与初审审核项的维护',
    page: AdminPage,
  },
  {
    path: '/audit',
    label: '审计',
    anyOf: ['audit.read'],
    capability: '操作审计日志查询与审计链完整性校验',
    page: AuditPage,
  },
];

export interface RouteMatch {
  item: NavItem;
  /** The sub-page matched, if the path is not the item's own. */
  subpage: SubPage | null;
  params: Record<string, string>;
}

/** The item for a path: its own path first (so `/orders/new` is not read as order "new"), then sub-page patterns. */
export function matchRoute(pathname: string): RouteMatch | null {
  const exact = NAV_ITEMS.find((item) => item.path === pathname);
  if (exact) return { item: exact, subpage: null, params: {} };
  for (const item of NAV_ITEMS) {
    for (const subpage of item.subpages ?? []) {
      const params = matchPattern(subpage.pattern, pathname);
      if (params) return { item, subpage, params };
    }
  }
  return null;
}

function matchPattern(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = pathname.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!have[i]) return null;
      params[want[i].slice(1)] = decodeURIComponent(have[i]);
    } else if (want[i] !== have[i]) return null;
  }
  return params;
}

export function canSee(item: NavItem, permissions: readonly string[]): boolean {
  return item.anyOf.some((permission) => permissions.includes(permission));
}

export function visibleNavItems(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canSee(item, permissions));
}

/** Where `/` leads: the first page of the table the user may open (工作台 for operators). */
export function homePath(permissions: readonly string[]): string | null {
  return visibleNavItems(permissions)[0]?.path ?? null;
}
