/**
 * Deadline alarms addressed to the user (`order.deadline-warning`, `order.overdue`), grouped by kind and clock so a
 * sweep raising 29 warnings is one notice "29 条工单签收时限预警", not 29. Pure state transitions; the store keeps
 * the state and the notices show it.
 */
export type AlarmKind = 'warning' | 'overdue';

export interface Alarm {
  kind: AlarmKind;
  /** A clock (sign, contact, unitReply, review) or another alarm subject (upstream, hangProgress). */
  clock: string;
  orderId: string;
  orderNo: string | null;
  dueAt: string;
  /** When the server raised it (ISO). */
  at: string;
}

export interface AlarmGroup {
  /** `kind:clock`: one notice per group. */
  key: string;
  kind: AlarmKind;
  clock: string;
  /** Oldest first. */
  alarms: Alarm[];
}

export interface AlarmState {
  /** Unacknowledged groups, overdue before warnings, then by first arrival. */
  groups: AlarmGroup[];
  /** Keys of alarms the user acknowledged (知道了): a replay after a reconnect does not raise them again. */
  acknowledged: string[];
}

export const EMPTY_ALARMS: AlarmState = { groups: [], acknowledged: [] };

/** Enough for a long shift; the oldest are forgotten first. */
const ACKNOWLEDGED_LIMIT = 2000;

/** One alarm of one clock run: a clock restarted later (rework) has another due time, so it may alarm again. */
export function alarmKey(alarm: Pick<Alarm, 'kind' | 'clock' | 'orderId' | 'dueAt'>): string {
  return `${alarm.kind}:${alarm.clock}:${alarm.orderId}:${alarm.dueAt}`;
}

export function groupKey(kind: AlarmKind, clock: string): string {
  return `${kind}:${clock}`;
}

/**
 * Adds an alarm to its group (a new group if none is open). Returns the same state when the alarm is known already
 * (acknowledged, or still shown), so callers can tell nothing happened. An overdue alarm replaces the warning of the
 * same clock run: the order is no longer "about to" run out.
 */
export function receiveAlarm(state: AlarmState, alarm: Alarm): AlarmState {
  return receiveAlarms(state, [alarm]);
}

/**
 * `receiveAlarm` for a burst, in arrival order, with the same result as receiving them one by one: an import of an
 * old export raises thousands of 超期 within seconds, and one by one each scanned every alarm shown (quadratic).
 */
export function receiveAlarms(state: AlarmState, incoming: readonly Alarm[]): AlarmState {
  const acknowledged = new Set(state.acknowledged);
  const seen = new Set(state.groups.flatMap((group) => group.alarms.map(alarmKey)));
  const fresh: Alarm[] = [];
  for (const alarm of incoming) {
    const key = alarmKey(alarm);
    if (acknowledged.has(key) || seen.has(key)) continue;
    seen.add(key);
    fresh.push(alarm);
  }
  if (!fresh.length) return state;
  // An overdue replaces its warning, shown or arriving in the same burst, and remembers it as seen.
  const replaced = new Set(fresh.filter((a) => a.kind === 'overdue').map((a) => alarmKey({ ...a, kind: 'warning' })));
  let groups = replaced.size
    ? state.groups.map((group) => ({ ...group, alarms: group.alarms.filter((a) => !replaced.has(alarmKey(a))) })).filter((group) => group.alarms.length > 0)
    : state.groups;
  const added = new Map<string, Alarm[]>();
  for (const alarm of fresh) {
    if (replaced.has(alarmKey(alarm))) continue;
    const target = groupKey(alarm.kind, alarm.clock);
    const list = added.get(target);
    if (list) list.push(alarm);
    else added.set(target, [alarm]);
  }
  const open = new Set(groups.map((group) => group.key));
  groups = groups.map((group) => (added.has(group.key) ? { ...group, alarms: [...group.alarms, ...added.get(group.key)!] } : group));
  const opened = [...added].filter(([key]) => !open.has(key)).map(([key, alarms]) => ({ key, kind: alarms[0]!.kind, clock: alarms[0]!.clock, alarms }));
  if (opened.length) groups = sortGroups([...groups, ...opened]);
  return { groups, acknowledged: replaced.size ? remember(state.acknowledged, [...replaced]) : state.acknowledged };
}

/** 知道了: the group's notice goes, and its alarms are remembered as seen. */
export function acknowledgeGroup(state: AlarmState, key: string): AlarmState {
  const group = state.groups.find((g) => g.key === key);
  if (!group) return state;
  return {
    groups: state.groups.filter((g) => g !== group),
    acknowledged: remember(state.acknowledged, group.alarms.map(alarmKey)),
  };
}

/** How many alarms wait for 知道了 (the tab title's badge). */
export function unacknowledgedCount(state: AlarmState): number {
  return state.groups.reduce((sum, group) => sum + group.alarms.length, 0);
}

function remember(acknowledged: string[], keys: string[]): string[] {
  const adding = new Set(keys);
  const next = [...acknowledged.filter((k) => !adding.has(k)), ...adding];
  return next.length > ACKNOWLEDGED_LIMIT ? next.slice(next.length - ACKNOWLEDGED_LIMIT) : next;
}

function sortGroups(groups: AlarmGroup[]): AlarmGroup[] {
  // Stable: within a kind, groups keep the order they first arrived in.
  return [...groups].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'overdue' ? -1 : 1));
}
