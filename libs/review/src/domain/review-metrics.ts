import type { ReviewRecord } from './review-history.js';

/**
 * Review metrics per unit and month (DESIGN §6, §8 timeliness): first-pass rate (the round's first review approved
 * it), rework count (rejections, each sends the reply back) and the average time from reply to review.
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

export function reviewMetrics(records: readonly ReviewRecord[]): ReviewMetricsRow[] {
  const groups = new Map<string, { unitId: string | null; month: string; items: ReviewRecord[] }>();
  for (const r of records) {
    const month = businessMonth(r.reviewedAt);
    const key = `${r.unitId ?? ''}|${month}`;
    const group = groups.get(key) ?? { unitId: r.unitId, month, items: [] };
    group.items.push(r);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ unitId, month, items }) => {
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
        reworkCount: items.filter((r) => r.verdict === 'rejected').length,
        avgReviewMinutes: timed.length > 0 ? Math.round((minutes / timed.length) * 10) / 10 : null,
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || String(a.unitId).localeCompare(String(b.unitId)));
}
