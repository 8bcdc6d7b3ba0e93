import type { ReviewRecord } from './review-history.js';

/**
 * Review metrics per unit and month (DESIGN §6, §8 timeliness): first-pass rate (the round's first review approved
 * it), rework count and the average time from reply to review. Rework — a rejection or a reopen, each sends the
 * order back to the unit (DESIGN §3) — comes counted from the orders' per-unit counters, the one source every
 * statistic reads, not recounted here.
 */
export interface ReviewMetricsRow {
  unitId: string | null;
  /** 'YYYY-MM' in business time (Asia/Shanghai). */
  month: string;
  reviews: number;
  firstReviews: number;
  firstPassed: number;
  /** 0–1; null without a first review in the month. */
  firstPassRate: number | null;
  reworkCount: number;
  /** Minutes from reply to review, averaged; null when no review had its reply on the timeline. */
  avgReviewMinutes: number | null;
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China keeps UTC+8 all year

export function businessMonth(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** Rework counted against a unit (null: the desk) in a business month. */
export interface UnitMonthRework {
  unitId: string | null;
  month: string;
  reworkCount: number;
}

export function reviewMetrics(records: readonly ReviewRecord[], rework: readonly UnitMonthRework[]): ReviewMetricsRow[] {
  const groups = new Map<string, { unitId: string | null; month: string; items: ReviewRecord[]; reworkCount: number }>();
  const groupOf = (unitId: string | null, month: string) => {
    const key = `${unitId ?? ''}|${month}`;
    const group = groups.get(key) ?? { unitId, month, items: [], reworkCount: 0 };
    groups.set(key, group);
    return group;
  };
  for (const r of records) groupOf(r.unitId, businessMonth(r.reviewedAt)).items.push(r);
  // A unit-month may have rework without reviews (an order reopened): it still has a row.
  for (const r of rework) groupOf(r.unitId, r.month).reworkCount += r.reworkCount;
  return [...groups.values()]
    .map(({ unitId, month, items, reworkCount }) => {
      const first = items.filter((r) => r.attempt === 1);
      const firstPassed = first.filter((r) => r.verdict === 'approved').length;
      const timed = items.filter((r) => r.replyAt !== null);
      const minutes = timed.reduce((sum, r) => sum + (r.reviewedAt.getTime() - r.replyAt!.getTime()) / 60_000, 0);
      return {
        unitId,
        month,
        reviews: items.length,
        firstReviews: first.length,
        firstPassed,
        firstPassRate: first.length > 0 ? firstPassed / first.length : null,
        reworkCount,
        avgReviewMinutes: timed.length > 0 ? Math.round((minutes / timed.length) * 10) / 10 : null,
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || String(a.unitId).localeCompare(String(b.unitId)));
}
