import type { DemoOrderType, DemoUrgency } from './demo-order-plan.js';
import { unitReplyDueWithinUpstream } from '@app/calendar';
import type { Rng } from './prng.js';
import {
  HOUR_MS, addDays, addHours, addMinutes, laterOf, shanghaiHourOfDay, shanghaiInstant, shanghaiParts,
  startOfShanghaiDay,
} from './shanghai-time.js';

/**
 * When people act. The desk works 7×24; handling units keep office hours (some weekend duty); callbacks are made in
 * the daytime. Durations are log-normal: most actions are quick, a tail is late — that tail is what the timeliness
 * statistics and the overdue alerts are about.
 */

/** The platform's limit (办理时限), as in the platform's exports: 2 h for critical, 1 day for consultations, else 7. */
export function upstreamLimitHours(type: DemoOrderType, urgency: DemoUrgency): number {
  if (urgency === 'critical') return 2;
  if (type === 'consult') return 24;
  return 7 * 24;
}

/**
 * Minutes from receipt to signing: DESIGN §4 expects 30 / 15 / 5 minutes. A staffed 7×24 desk signs nearly all in
 * time; a few slip at night, when one seat covers the line.
 */
export function signDelayMinutes(rng: Rng, urgency: DemoUrgency, receivedAt: Date): number {
  if (urgency === 'critical') return rng.between(1, 5);
  const night = isNight(receivedAt);
  const late = rng.chance(night ? 0.04 : 0.015);
  if (late) return rng.between(urgency === 'urgent' ? 15 : 30, 150);
  return Math.min(rng.logNormal(urgency === 'urgent' ? 4 : 7, 0.6), urgency === 'urgent' ? 14 : 29);
}

/** Normal orders signed at night wait for the morning shift to dispatch half the time. */
export function dispatchMoment(rng: Rng, signedAt: Date, urgency: DemoUrgency): Date {
  const quick = addMinutes(signedAt, urgency === 'critical' ? rng.between(2, 8) : rng.logNormal(12, 0.7));
  if (urgency !== 'normal' || !isNight(quick) || rng.chance(0.5)) return quick;
  return laterOf(quick, atShanghaiHour(quick, rng.between(7.5, 8.75)));
}

/**
 * The next moment a handling unit is at work, from `at`. Units answer critical and urgent orders at any hour;
 * otherwise office hours on weekdays (08:30–18:00), and some weekend duty.
 */
export function unitWorkingMoment(rng: Rng, at: Date, urgency: DemoUrgency): Date {
  if (urgency !== 'normal') return at;
  const hour = shanghaiHourOfDay(at);
  const weekend = isWeekend(at);
  if (hour >= 8.5 && hour < 18 && (!weekend || rng.chance(0.3))) return at;
  let day = hour < 8.5 ? startOfShanghaiDay(at) : addDays(startOfShanghaiDay(at), 1);
  while (isWeekend(day) && !rng.chance(0.25)) day = addDays(day, 1);
  return addHours(day, rng.between(8.5, 10.5));
}

/** Callbacks are made between 09:00 and 20:00. */
export function callbackMoment(rng: Rng, closedAt: Date): Date {
  return daytimeMoment(rng, addHours(closedAt, rng.between(4, 60)));
}

/** `at` if it is between 09:00 and 20:00 (Shanghai), else a morning moment of the next such day. */
export function daytimeMoment(rng: Rng, at: Date): Date {
  const hour = shanghaiHourOfDay(at);
  if (hour >= 9 && hour < 20) return at;
  const day = hour < 9 ? startOfShanghaiDay(at) : addDays(startOfShanghaiDay(at), 1);
  return addHours(day, rng.between(9, 12));
}

/** DESIGN §4 defaults: minutes from dispatch to the unit's first contact with the citizen. */
export const CONTACT_WINDOW_MINUTES: Readonly<Record<DemoUrgency, number>> = { normal: 24 * 60, urgent: 120, critical: 30 };

/**
 * When the unit first reaches the citizen (联系市民), from its receipt: most units call soon after receiving the order
 * — in the daytime for normal orders, at once for urgent ones — and well inside the contact clock; a few are late.
 */
export function firstContactMoment(rng: Rng, dispatchedAt: Date, ackAt: Date, urgency: DemoUrgency): Date {
  const window = CONTACT_WINDOW_MINUTES[urgency];
  const due = addMinutes(dispatchedAt, window);
  if (rng.chance(urgency === 'normal' ? 0.02 : 0.015)) return addMinutes(due, rng.logNormal(urgency === 'normal' ? 240 : 30, 0.8));
  const natural = urgency === 'normal'
    ? daytimeMoment(rng, addMinutes(ackAt, rng.logNormal(50, 0.8)))
    : addMinutes(ackAt, rng.logNormal(urgency === 'urgent' ? 15 : 4, 0.5));
  const latest = addMinutes(due, -window * rng.between(0.02, 0.1));
  return natural.getTime() <= latest.getTime() ? natural : laterOf(addMinutes(ackAt, 1), latest);
}

/**
 * Units on 12345 duty receive orders in the evening and at weekends too: none leaves an order unreceived until
 * Monday while its contact clock runs. A receipt that office hours would push past half the window comes earlier.
 */
export function receiptWithinContactWindow(rng: Rng, dispatchedAt: Date, at: Date, urgency: DemoUrgency): Date {
  const window = CONTACT_WINDOW_MINUTES[urgency];
  if (at.getTime() <= addMinutes(dispatchedAt, window * 0.5).getTime()) return at;
  return addMinutes(dispatchedAt, window * rng.between(0.03, 0.3));
}

/**
 * When the unit called the citizen, between its receipt and its reply: in the daytime for normal orders (nobody is
 * called at 3 a.m. about a pruned tree), at once for urgent ones.
 */
export function contactMoment(rng: Rng, ackAt: Date, replyAt: Date, urgency: DemoUrgency): Date {
  const span = replyAt.getTime() - ackAt.getTime();
  const candidate = new Date(ackAt.getTime() + span * rng.between(0.05, 0.5));
  if (urgency !== 'normal') return candidate;
  const daytime = daytimeMoment(rng, candidate);
  return daytime.getTime() < replyAt.getTime() ? daytime : new Date(Math.max(ackAt.getTime(), replyAt.getTime() - rng.between(5, 30) * 60_000));
}

/** Minutes from a reply to its review (DESIGN §4: 1 working day / 2 h / 30 min). */
export function reviewDelayMinutes(rng: Rng, urgency: DemoUrgency): number {
  if (urgency === 'critical') return rng.between(5, 25);
  if (urgency === 'urgent') return rng.logNormal(40, 0.6);
  return rng.logNormal(150, 0.9);
}

/** Hours from a unit's receipt to its reply, before office hours and deadlines are applied. */
export function replyWorkHours(rng: Rng, urgency: DemoUrgency, type: DemoOrderType, complex: boolean): number {
  if (urgency === 'critical') return rng.between(0.3, 1.1);
  if (urgency === 'urgent') return rng.logNormal(5, 0.6);
  if (type === 'consult') return rng.logNormal(4, 0.5);
  return rng.logNormal(complex ? 70 : 36, 0.6);
}

/**
 * The unit's due time: the platform's limit minus the review buffer (DESIGN §4 defaults: 24 h / 2 h / 1 h), by the
 * deadline calendar's own rule for a dispatch too late for the buffer (`@app/calendar`), so the demo's units aim
 * at the due time the desk's clock will hold them to.
 */
export function unitDueAt(upstreamDueAt: Date, dispatchedAt: Date, urgency: DemoUrgency): Date {
  const buffer = urgency === 'critical' ? 1 : urgency === 'urgent' ? 2 : 24;
  const buffered = new Date(upstreamDueAt.getTime() - buffer * HOUR_MS);
  return unitReplyDueWithinUpstream(dispatchedAt, upstreamDueAt, { at: buffered, provisional: false }).at;
}

export function isNight(at: Date): boolean {
  const hour = shanghaiHourOfDay(at);
  return hour >= 22 || hour < 7;
}

function isWeekend(at: Date): boolean {
  const { weekday } = shanghaiParts(at);
  return weekday === 0 || weekday === 6;
}

/** The instant of a Shanghai hour (fractional) on the same Shanghai day as `at`, or the next day if already past. */
function atShanghaiHour(at: Date, hour: number): Date {
  const p = shanghaiParts(at);
  const sameDay = addHours(shanghaiInstant(p.year, p.month, p.day), hour);
  return sameDay.getTime() >= at.getTime() ? sameDay : addDays(sameDay, 1);
}
