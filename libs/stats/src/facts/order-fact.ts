import { OPEN_STATUSES, type OrderStatus } from '@app/orders';
import { beijingDay } from '../domain/assessment-period.js';
import { bucketOf } from '../domain/duration-histogram.js';
import { rateCountsOf, type Assessment, type RateCounts, type Satisfaction } from '../domain/three-rates.js';
import { hotspotPlace } from './hotspot-place.js';

/**
 * One order as the statistics see it: its dimensions, the day each of its facts counts on, and its contributions to
 * the three rates, computed by the same pure rules the formulas use (rateCountsOf, bucketOf, hotspotPlace), so the
 * SQL that sums facts never re-decides what counts.
 */
export const FACT_CLOCKS = ['sign', 'contact', 'reply', 'review'] as const;
export type FactClock = (typeof FACT_CLOCKS)[number];
/** The order tables' clock kinds, by the name the statistics use. */
export const FACT_CLOCK_SOURCE: Readonly<Record<FactClock, string>> = { sign: 'sign', contact: 'contact', reply: 'unitReply', review: 'review' };

export interface ClockSource {
  startedAt: Date;
  stoppedAt: Date;
  late: boolean;
}

/** What the source query reads for one order. */
export interface OrderFactSource {
  id: string;
  streetCode: string;
  receivedAt: Date;
  type: string;
  channel: string;
  categoryPath: string | null;
  communityId: string | null;
  /** The lead unit now, or the last one the order had. */
  unitId: string | null;
  address: string;
  phoneHash: string | null;
  status: OrderStatus;
  overdue: boolean;
  overdueClocks: string[];
  duplicate: boolean;
  assessment: Assessment;
  urges: number;
  reworks: number;
  unitReturns: number;
  returnRequested: boolean;
  /** The latest callback (the one that counts). */
  callback: { at: Date; unitId: string | null; valid: boolean; contacted: boolean; solved: boolean | null; satisfaction: Satisfaction | null } | null;
  /** The order's first review verdict. */
  firstReview: { at: Date; passed: boolean } | null;
  /** Clocks that stopped because their work was done (abandoned clocks — a re-dispatch — do not count). */
  clocks: Partial<Record<FactClock, ClockSource>>;
}

export interface ClockFact {
  day: string | null;
  late: boolean | null;
  minutes: number | null;
  bucket: number | null;
}

export interface OrderFact extends RateCounts {
  orderId: string;
  streetCode: string;
  receivedAt: Date;
  receivedDay: string;
  type: string;
  channel: string;
  categoryPath: string | null;
  communityId: string | null;
  unitId: string | null;
  place: string;
  phoneHash: string | null;
  status: OrderStatus;
  isOpen: boolean;
  overdue: boolean;
  overdueClocks: string[];
  duplicate: boolean;
  assessment: Assessment;
  callbackDay: string | null;
  cbUnitId: string | null;
  cbValid: boolean | null;
  cbContacted: boolean | null;
  cbSolved: boolean | null;
  cbSatisfaction: Satisfaction | null;
  urges: number;
  reworks: number;
  unitReturns: number;
  returnRequested: boolean;
  firstReviewDay: string | null;
  firstReviewPassed: boolean | null;
  clocks: Record<FactClock, ClockFact>;
  /** The latest of its days (received, callback, first review, clock stops). */
  lastDay: string;
}

export function orderFactOf(s: OrderFactSource): OrderFact {
  const cb = s.callback;
  const counts = rateCountsOf(s.assessment, cb);
  const clocks = Object.fromEntries(
    FACT_CLOCKS.map((c) => {
      const clock = s.clocks[c];
      if (!clock) return [c, { day: null, late: null, minutes: null, bucket: null }];
      const minutes = Math.max(0, Math.round((clock.stoppedAt.getTime() - clock.startedAt.getTime()) / 60_000));
      return [c, { day: beijingDay(clock.stoppedAt), late: clock.late, minutes, bucket: bucketOf(minutes) }];
    }),
  ) as Record<FactClock, ClockFact>;
  const receivedDay = beijingDay(s.receivedAt);
  const callbackDay = cb ? beijingDay(cb.at) : null;
  const firstReviewDay = s.firstReview ? beijingDay(s.firstReview.at) : null;
  const days = [receivedDay, callbackDay, firstReviewDay, ...FACT_CLOCKS.map((c) => clocks[c].day)].filter((d): d is string => d !== null);
  return {
    orderId: s.id,
    streetCode: s.streetCode,
    receivedAt: s.receivedAt,
    receivedDay,
    type: s.type,
    channel: s.channel,
    categoryPath: s.categoryPath,
    communityId: s.communityId,
    unitId: s.unitId,
    place: hotspotPlace(s.address),
    phoneHash: s.phoneHash,
    status: s.status,
    isOpen: OPEN_STATUSES.includes(s.status),
    overdue: s.overdue,
    overdueClocks: s.overdueClocks,
    duplicate: s.duplicate,
    assessment: s.assessment,
    callbackDay,
    cbUnitId: cb ? (cb.unitId ?? s.unitId) : null,
    cbValid: cb?.valid ?? null,
    cbContacted: cb?.contacted ?? null,
    cbSolved: cb?.solved ?? null,
    cbSatisfaction: cb?.satisfaction ?? null,
    ...counts,
    urges: s.urges,
    reworks: s.reworks,
    unitReturns: s.unitReturns,
    returnRequested: s.returnRequested,
    firstReviewDay,
    firstReviewPassed: s.firstReview?.passed ?? null,
    clocks,
    lastDay: days.reduce((a, b) => (a > b ? a : b)),
  };
}
