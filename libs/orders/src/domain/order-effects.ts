import type { Permission, Role } from '@app/access';
import type { OrderAction } from './order-actions.js';
import type { OrderStatus } from './order-status.js';

/**
 * What a decision asks the use case to do besides writing the changes and the timeline event. Deadline
 * arithmetic is not here: the domain says which clock starts, stops or is recomputed, and `libs/calendar` with
 * the policy table (DESIGN §4) works out when it falls due.
 */
export type OrderEffect =
  /** Start a clock that is not running; its due time comes from the policy (type × urgency) and the calendar. */
  | { kind: 'startClock'; clock: OrderClock }
  /**
   * Stop a running clock at `at`. `done`: its goal was reached (signed, contacted, replied, reviewed);
   * `abandoned`: it stops without that (the unit was released, the citizen was never reached). Whether `at` was
   * late is for the deadline service to record.
   */
  | { kind: 'stopClock'; clock: OrderClock; at: Date; outcome: 'done' | 'abandoned' }
  /**
   * Replace the clock with a fresh one from now (redispatch, reopen), or, when `dueAt` is given, with the due time
   * a supervisor granted (extension).
   */
  | { kind: 'recomputeClock'; clock: OrderClock; dueAt?: Date }
  | { kind: 'notify'; topic: NotifyTopic; to: NotifyAudience }
  /** Per-unit counters (DESIGN §6 rework per unit); the order's own counters are already in the changes. */
  | { kind: 'countRework'; unitId: string | null }
  | { kind: 'countUrge'; unitId: string | null }
  /** Art. 15: the citizen is told of an extension. */
  | { kind: 'informCitizen'; reason: 'extension' }
  /**
   * Report to the platform: the approved reply, the return request with its evidence, or an extension request
   * past the platform's limit (Art. 15: only the platform can grant that).
   */
  | { kind: 'sendUpstream'; what: UpstreamReport }
  /** 挂账: remind the desk on the plan's next progress date; cancelled when the hang ends. */
  | { kind: 'scheduleProgressCheck'; at: Date }
  | { kind: 'cancelProgressCheck' };

export type OrderEffectKind = OrderEffect['kind'];

/** What the desk reports to the 12345 platform. */
export const UPSTREAM_REPORTS = ['reply', 'return_request', 'extension_request'] as const;
export type UpstreamReport = (typeof UPSTREAM_REPORTS)[number];

/** The internal clocks of DESIGN §4. */
export const ORDER_CLOCKS = ['sign', 'contact', 'unitReply', 'review'] as const;
export type OrderClock = (typeof ORDER_CLOCKS)[number];
export const ORDER_CLOCK_LABELS: Readonly<Record<OrderClock, string>> = {
  sign: '签收时限',
  contact: '联系诉求人时限',
  unitReply: '承办单位回复时限',
  review: '初审时限',
};

/** 挂账 progress dates raise `order.overdue` like a clock (with this as `clock`), though no clock runs for them. */
export const HANG_PROGRESS_ALARM = 'hangProgress';
/**
 * The platform's own limit (`upstreamDueAt`) passed while the order is still at the desk (待签收, 待派单): no desk
 * clock covers that stretch, so it raises `order.overdue` and shows 超期 with this as `clock`. With a unit, the
 * unit's reply clock already falls due before the limit (DESIGN §4), so it names the delay there.
 */
export const UPSTREAM_LIMIT_ALARM = 'upstream';
export const AT_DESK_STATUSES = ['new', 'signed'] as const;
/**
 * When the platform's limit has passed for an order at the desk, that limit (the due time its 超期 is matched by);
 * otherwise null. `overdueKindsSql` states the same rule for statements that set the flags in SQL.
 */
export function platformLimitPassed(order: { status: string; upstreamDueAt: Date | null }, now: Date): Date | null {
  const dueAt = order.upstreamDueAt;
  return dueAt && dueAt <= now && (AT_DESK_STATUSES as readonly string[]).includes(order.status) ? dueAt : null;
}
/** What an alarm is about, for every `clock` an alarm event can carry. */
export const ALARM_SUBJECT_LABELS: Readonly<Record<string, string>> = {
  ...ORDER_CLOCK_LABELS,
  [HANG_PROGRESS_ALARM]: '挂账进度报告日',
  [UPSTREAM_LIMIT_ALARM]: '平台办理时限',
};

/**
 * Who is told. Street staff are addressed by the permission that makes them the ones to act (e.g. holders of
 * `order.approve` review a new reply), so the matrix stays the only list of who does what; the realtime layer
 * maps a permission to its roles' rooms.
 */
export type NotifyAudience = { units: readonly string[] } | { holdersOf: Permission };

export const NOTIFY_TOPICS = [
  'order.assigned',
  'order.withdrawn',
  'order.urged',
  'order.returned_by_unit',
  'order.extension_requested',
  'order.extension_decided',
  'order.sub_reply_received',
  'order.reply_submitted',
  'order.reply_approved',
  'order.reply_rejected',
  'order.return_decided',
  'order.reopened',
] as const;
export type NotifyTopic = (typeof NOTIFY_TOPICS)[number];

/** The sign clock starts when an order arrives (manual intake, import or the platform's API), before any action. */
export const INTAKE_EFFECTS: readonly OrderEffect[] = [{ kind: 'startClock', clock: 'sign' }];

/**
 * One entry of the order's timeline (DESIGN §2): the audit trail and the source of every statistic. Dates stay
 * Date objects; the payload is the validated input plus what the action adds, JSON-serialisable.
 */
export interface OrderTimelineEvent<A extends OrderAction = OrderAction> {
  readonly orderId: string;
  readonly action: A;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly actorUnitId: string | null;
  readonly at: Date;
  readonly fromStatus: OrderStatus;
  readonly toStatus: OrderStatus;
  readonly payload: Readonly<Record<string, unknown>>;
}
