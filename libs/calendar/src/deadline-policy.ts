import type { Duration } from './working-time.js';

/** 诉求类型 (DESIGN §2). */
export const ORDER_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise', 'other'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

/** 紧急程度: normal 一般, urgent 紧急, critical 非常紧急. */
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The desk's internal clocks (时限, DESIGN §4): sign 签收, contact the citizen 联系市民, unit reply 承办单位回复,
 * review of the reply 初审.
 */
export const CLOCK_KINDS = ['sign', 'contact', 'unitReply', 'review'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** The duration fields of a policy row, in the order an admin screen shows them. */
export const POLICY_DURATION_FIELDS = [
  'signWithin',
  'contactWithin',
  'unitReplyBuffer',
  'unitReplyWithoutUpstream',
  'reviewWithin',
] as const;
export type PolicyDurationField = (typeof POLICY_DURATION_FIELDS)[number];

/**
 * One row of the deadline policy table, for one (order type × urgency). Plain JSON-compatible data: the admin
 * edits it and it is stored as is.
 */
export interface DeadlinePolicyRow {
  type: OrderType;
  urgency: Urgency;
  /** From receipt of the order to signing. */
  signWithin: Duration;
  /** From dispatch to the unit's first contact with the citizen. */
  contactWithin: Duration;
  /** Kept back before the platform's limit (upstreamDueAt) for the desk's review; the unit is due that much earlier. */
  unitReplyBuffer: Duration;
  /** From dispatch, when the platform gave no limit. */
  unitReplyWithoutUpstream: Duration;
  /** From the unit's reply to the desk's review decision. */
  reviewWithin: Duration;
}

/** The type × urgency table alone; the street's whole policy adds category overrides (`DeadlinePolicy`). */
export type DeadlinePolicyTable = readonly DeadlinePolicyRow[];

type DurationsByUrgency = Record<Urgency, Omit<DeadlinePolicyRow, 'type' | 'urgency'>>;

const minutes = (amount: number): Duration => ({ unit: 'minutes', amount });
const hours = (amount: number): Duration => ({ unit: 'hours', amount });
const workingDays = (amount: number): Duration => ({ unit: 'workingDays', amount });

/** DESIGN §4 defaults; every order type starts with the same numbers. */
const DEFAULT_DURATIONS: DurationsByUrgency = {
  normal: {
    signWithin: minutes(30),
    contactWithin: hours(24),
    unitReplyBuffer: hours(24),
    unitReplyWithoutUpstream: workingDays(5),
    reviewWithin: workingDays(1),
  },
  urgent: {
    signWithin: minutes(15),
    contactWithin: hours(2),
    unitReplyBuffer: hours(2),
    unitReplyWithoutUpstream: workingDays(5),
    reviewWithin: hours(2),
  },
  critical: {
    signWithin: minutes(5),
    contactWithin: minutes(30),
    unitReplyBuffer: hours(1),
    unitReplyWithoutUpstream: workingDays(5),
    reviewWithin: minutes(30),
  },
};

/** The default policy table: one fresh row per (type × urgency), safe for the caller to mutate. */
export function defaultDeadlinePolicy(): DeadlinePolicyRow[] {
  return ORDER_TYPES.flatMap((type) =>
    URGENCIES.map((urgency) => structuredClone({ type, urgency, ...DEFAULT_DURATIONS[urgency] })),
  );
}

/** @throws Error when the table has no row for the pair — validate a policy before using it. */
export function findPolicyRow(policy: DeadlinePolicyTable, type: OrderType, urgency: Urgency): DeadlinePolicyRow {
  const row = policy.find((candidate) => candidate.type === type && candidate.urgency === urgency);
  if (!row) throw new Error(`Deadline policy has no row for type '${type}' and urgency '${urgency}'`);
  return row;
}
