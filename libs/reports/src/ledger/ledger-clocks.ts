import { ALARM_SUBJECT_LABELS, ORDER_CLOCKS } from '@app/orders';
import type { LedgerClock } from './ledger-order.js';

/** The desk's four clocks in the ledger's column order (DESIGN §4). */
export const LEDGER_CLOCKS = ORDER_CLOCKS;

export interface ClockVerdict {
  /** 按时 / 超时 / 计时中 / 超时（计时中） / 未完成 / '' (the order never ran this clock). */
  text: string;
  /** How late, in minutes: when it stopped past due, or how long past due it is now; null when not late. */
  lateMinutes: number | null;
}

/**
 * One clock of an order as the ledger shows it. Lateness is the recorded fact (DESIGN §4: overdue is recorded per
 * clock, not recomputed by each report): `late` when the clock stopped, the order's `overdueClocks` while it runs.
 */
export function clockVerdict(clocks: readonly LedgerClock[], overdueClocks: readonly string[], kind: string, now: Date): ClockVerdict {
  const clock = clocks.find((c) => c.kind === kind);
  if (!clock) return { text: '', lateMinutes: null };
  if (clock.stoppedAt) {
    if (clock.outcome !== 'done') return { text: '未完成', lateMinutes: null };
    return clock.late ? { text: '超时', lateMinutes: minutesBetween(clock.dueAt, clock.stoppedAt) } : { text: '按时', lateMinutes: null };
  }
  if (overdueClocks.includes(kind)) return { text: '超时（计时中）', lateMinutes: minutesBetween(clock.dueAt, now) };
  return { text: '计时中', lateMinutes: null };
}

/** Alarms past due now that are not one of the four clocks: a 挂账 progress date, the platform's own limit. */
export function otherAlarms(overdueClocks: readonly string[]): string {
  return overdueClocks
    .filter((c) => !(LEDGER_CLOCKS as readonly string[]).includes(c))
    .map((c) => ALARM_SUBJECT_LABELS[c] ?? c)
    .join('、');
}

function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
}
