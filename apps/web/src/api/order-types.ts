/**
 * Order shapes as the api sends them (libs/orders/src/use-cases/order-views.ts, order-queries.ts). Codes are typed
 * with the domain's own unions, imported from the pure files of libs/orders/src/domain, so a new status or action
 * fails the web's type check instead of silently showing a raw code.
 */
import type { OrderAttachment } from './attachment-client';
import type { OrderAction } from '@app/orders/domain/order-actions';
import type { OrderClock } from '@app/orders/domain/order-effects';
import type {
  AssessmentScope,
  Channel,
  OrderStatus,
  OrderType,
  UnitKind,
  Urgency,
} from '@app/orders/domain/order-status';

/** `GET /api/orders` items: personal data always masked. */
export interface OrderSummary {
  id: string;
  upstreamNo: string | null;
  /** 工单编号 as shown: the platform's `upstreamNo`, or the desk's own `localNo` for an order entered by hand. */
  orderNo: string | null;
  status: OrderStatus;
  statusLabel: string;
  channel: Channel;
  receivedAt: string;
  citizenName: string | null;
  citizenPhone: string | null;
  address: string;
  communityId: string | null;
  communityName: string | null;
  type: OrderType;
  typeLabel: string;
  urgency: Urgency;
  urgencyLabel: string;
  category: string | null;
  content: string;
  upstreamDueAt: string | null;
  unitDueAt: string | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  coUnitIds: string[];
  overdue: boolean;
  /** Running clocks past due (sign, contact, unitReply, review) and their Chinese names. */
  overdueClocks: string[];
  overdueClockLabels: string[];
  hung: boolean;
  deadlineProvisional: boolean;
  assessment: AssessmentScope;
  duplicateOfId: string | null;
  reworkCount: number;
  urgeCount: number;
  version: number;
  updatedAt: string;
}

export interface OrderList {
  items: OrderSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export type OrderSort = `${'' | '-'}${'receivedAt' | 'unitDueAt' | 'updatedAt' | 'upstreamDueAt'}`;

/** `GET /api/orders` query; list values are sent comma-separated. */
export interface OrderListQuery {
  page?: number;
  pageSize?: number;
  sort?: OrderSort;
  status?: OrderStatus[];
  type?: OrderType[];
  urgency?: Urgency[];
  channel?: Channel[];
  /** A category path or a prefix of it by whole segments (城乡建设/物业管理). */
  category?: string;
  communityId?: string;
  unitId?: string;
  overdue?: boolean;
  /** Only orders whose given clock runs past due. */
  overdueClock?: OrderClock;
  /** Some running clock past its warning time, not yet due (临近时限); `nearDueClock` names one clock. */
  nearDue?: boolean;
  nearDueClock?: OrderClock;
  /** The named clock runs (started, not stopped): `contact` is 待联系. */
  runningClock?: OrderClock;
  /** 接收 by the caller's own unit (unit staff) or by the lead unit (the street). */
  acknowledged?: boolean;
  /** Sent back for rework at least once (初审驳回 or 重办). */
  reworked?: boolean;
  extensionPending?: boolean;
  q?: string;
  /** ISO instants with offset; `to` is exclusive. */
  from?: string;
  to?: string;
}

export interface TimelineEntry {
  id: string | number;
  /** A lifecycle action, or a system fact (`create`, `overdue`). */
  action: OrderAction | string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string;
  actorUnitId: string | null;
  at: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  payload: Record<string, unknown> | null;
}

export interface OrderDeadline {
  kind: OrderClock;
  startedAt: string;
  dueAt: string;
  warnAt: string | null;
  provisional: boolean;
  stoppedAt: string | null;
  outcome: 'done' | 'abandoned' | null;
  /** Whether it stopped after its due time (recorded when it stopped); null while it runs. */
  late: boolean | null;
  warnedAt: string | null;
  overdueAt: string | null;
}

export interface HangPlan {
  plan: string;
  nextProgressAt: string;
  since: string;
  byId: string;
  responsibleUnitId?: string | null;
  note?: string | null;
}

export interface PendingExtension {
  unitId: string;
  requestedAt: string;
  newDueAt: string;
  reason: string;
  beyondUpstreamLimit: boolean;
}

export interface SubReply {
  unitId: string;
  byId: string;
  at: string;
  content: string;
  attachmentIds: string[];
}

/** The stored reply (回复 or 直接答复): the action's input plus when and by whom. */
export interface OrderReply {
  content: string;
  contacted?: boolean;
  contactedAt?: string;
  contactMethod?: string;
  result: string;
  attachmentIds?: string[];
  at: string;
  byId: string;
}

/** `GET /api/orders/:id`. */
export interface OrderDetail extends OrderSummary {
  /** True when the caller sees name and phone masked (reviewers, leaders, other units). */
  piiMasked: boolean;
  /** Files the order's actions used (reply attachments, return and exclusion evidence). */
  attachments: OrderAttachment[];
  tags: string[];
  coUnitNames: string[];
  hang: HangPlan | null;
  pendingExtension: PendingExtension | null;
  subReplies: SubReply[];
  reply: OrderReply | null;
  closedAt: string | null;
  createdAt: string;
  timeline: TimelineEntry[];
  deadlines: OrderDeadline[];
  /** What the caller may do now — decided by the server's state machine, never by the UI. */
  allowedActions: OrderAction[];
  /** Actions the role could take now but a rule refuses, with why (e.g. 派单: 当前班次未授予派单权限). */
  blockedActions?: { action: OrderAction; code: string; message: string }[];
}

/** `POST /api/orders` and `POST /api/orders/:id/actions/:action`. */
export interface OrderActionResult {
  id: string;
  version: number;
  status: OrderStatus;
}

/** `POST /api/orders` body (libs/orders/src/use-cases/intake-order.use-case.ts `IntakeOrderBody`). */
export interface IntakeOrderBody {
  upstreamNo?: string;
  channel: Channel;
  receivedAt: string;
  citizenName?: string;
  citizenPhone?: string;
  address: string;
  communityId?: string;
  type: OrderType;
  urgency?: Urgency;
  category?: string;
  content: string;
  upstreamDueAt?: string;
  assessment?: AssessmentScope;
  tags?: string[];
}

/** `POST /api/orders/:id/reveal`. */
export interface RevealedPii {
  citizenName: string | null;
  citizenPhone: string | null;
}

// ── reference lists (GET /api/units, /api/communities, /api/categories) ─────────────────────────────────────────

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  communityId: string | null;
  communityName: string | null;
}

export interface CommunityRef {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export interface CategoryRef {
  path: string;
  name: string;
  level: number;
  parentPath: string | null;
  active: boolean;
}

export interface ItemsOf<T> {
  items: T[];
  total: number;
}

/** `GET /api/admin/review-checklist` rows (libs/review). */
export interface ReviewChecklistItemRef {
  code: string;
  label: string;
  position: number;
  active: boolean;
  /** 不适用 is an acceptable verdict for this item. */
  naAllowed: boolean;
}

/** `GET /api/reply-templates` rows (libs/review/src/templates/reply-templates.service.ts). */
export interface ReplyTemplateRef {
  id: string;
  /** The category (or a parent of it) the template is for; null for a general one. */
  categoryPrefix: string | null;
  title: string;
  body: string;
  active: boolean;
  version: number;
  updatedAt: string;
}

/** `POST /api/reply-templates/:id/render` (libs/review/src/domain/template-render.ts). */
export interface RenderedReplyTemplate {
  text: string;
  /** Placeholders the template names that are not known. */
  unknown: string[];
  /** Known placeholders the order had no value for (left as written, e.g. {{诉求人称呼}}). */
  missing: string[];
}
